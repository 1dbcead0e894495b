package cn.gov.talent.publication;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/**
 * 报省委人才办备案 (004 §二(三)6): the office records the filing of a published list, corrects it, and
 * anyone of the office or the supervisors downloads its receipt. The list for the filing is an export of
 * {@link PublishedListExport}; the record shows on the batch's page.
 */
@Controller
@RequestMapping("/publication/batches/{batchId}/filing")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class FilingController {

    private final TalentOfficeFilings filings;
    private final Attachments attachments;
    private final Answers answers;

    FilingController(TalentOfficeFilings filings, Attachments attachments, Answers answers) {
        this.filings = filings;
        this.attachments = attachments;
        this.answers = answers;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    String file(@PathVariable long batchId, @ModelAttribute FilingForm filingForm,
            @RequestParam(name = "receipt", required = false) MultipartFile receipt,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "filing.recorded", filingForm,
                () -> filings.file(batchId, filingForm.getFiledOn(), filingForm.getDocumentNo(), filingForm.getNote(),
                        receipt, Actor.of(user)));
    }

    @PostMapping("/correction")
    @PreAuthorize("hasRole('OFFICE')")
    String correct(@PathVariable long batchId, @ModelAttribute FilingForm filingForm,
            @RequestParam(name = "receipt", required = false) MultipartFile receipt,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "filing.corrected", filingForm,
                () -> filings.correct(batchId, filingForm.getFiledOn(), filingForm.getDocumentNo(),
                        filingForm.getNote(), receipt, filingForm.getReason(), Actor.of(user)));
    }

    @PersonalDataDownload("FILING_RECEIPT")
    @GetMapping("/receipt")
    ResponseEntity<Resource> receipt(@PathVariable long batchId) {
        TalentOfficeFiling filing = filings.withReceipt(batchId);
        return Downloads.attachment(attachments.contentOf(filing.getReceiptSha256()), filing.getReceiptFileName(),
                filing.getReceiptContentType());
    }

    private static String page(long batchId) {
        return "/publication/batches/" + batchId;
    }
}
