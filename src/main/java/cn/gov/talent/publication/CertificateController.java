package cn.gov.talent.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.web.CjkFont;
import cn.gov.talent.web.Downloads;

/**
 * Certificates: the person's own (and any, for the office), all of a batch as a ZIP, and the
 * public verification page at {@code /public/verify} (an address printed on every certificate).
 */
@Controller
class CertificateController {

    private final Certificates certificates;
    private final Publications publications;
    private final Programs programs;
    private final PublicRateLimit rateLimit;

    CertificateController(Certificates certificates, Publications publications, Programs programs,
            PublicRateLimit rateLimit) {
        this.certificates = certificates;
        this.publications = publications;
        this.programs = programs;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/certificates")
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("records", publications.recordsOf(user.id()));
        model.addAttribute("batches", programs.batchesById());
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("fontAvailable", certificates.fontAvailable());
        return "publication/certificates";
    }

    @PersonalDataDownload("CERTIFICATE")
    @GetMapping("/certificates/{id}.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        TalentRecord record = publications.record(id);
        boolean official = user.has(Role.OFFICE) || user.has(Role.SUPERVISOR);
        if (!official && record.getApplicantId() != user.id()) {
            throw new NotFound();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Certificates.fileName(record), StandardCharsets.UTF_8).build().toString())
                .body(certificates.pdf(record, locale));
    }

    @PersonalDataDownload("CERTIFICATES")
    @GetMapping("/publication/batches/{batchId}/certificates.zip")
    @PreAuthorize("hasRole('OFFICE')")
    void zip(@PathVariable long batchId, Locale locale, HttpServletResponse response) throws IOException {
        if (!certificates.fontAvailable()) {
            throw new CjkFont.FontMissing();
        }
        if (publications.published(batchId, PageRequest.of(0, 1)).isEmpty()) {
            throw new NotFound("no certificates yet for batch " + batchId);
        }
        certificates.zip(batchId, locale, Downloads.body(response, "application/zip",
                programs.batch(batchId).orElseThrow(NotFound::new).title() + ".zip"));
    }

    /** Each look-up (not the empty form) counts toward the address's rate limit: codes cannot be tried in bulk. */
    @GetMapping("/public/verify")
    String verify(@RequestParam(required = false) String no, @RequestParam(required = false) String code,
            HttpServletRequest request, Model model) {
        model.addAttribute("no", no);
        model.addAttribute("code", code);
        if (no != null && !no.isBlank()) {
            rateLimit.count(PublicRateLimit.Check.CERTIFICATE, request.getRemoteAddr());
            certificates.verify(no, code).ifPresentOrElse(result -> model.addAttribute("result", result),
                    () -> model.addAttribute("notFound", true));
        }
        return "publication/verify";
    }

    /** No Chinese font on the server: say so, and how to fix it, instead of a broken PDF. */
    @ExceptionHandler(CjkFont.FontMissing.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String fontMissing() {
        return "publication/font-missing";
    }
}
