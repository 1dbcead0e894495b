package cn.gov.talent.application;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/** The dossier's attachments: the applicant adds and removes them; whoever may see the application downloads them. */
@Controller
@RequestMapping("/applications/{id}/attachments")
class AttachmentController {

    private final Applications applications;
    private final Attachments attachments;
    private final Answers answers;

    AttachmentController(Applications applications, Attachments attachments, Answers answers) {
        this.applications = applications;
        this.attachments = attachments;
        this.answers = answers;
    }

    @PostMapping
    @PreAuthorize("hasRole('APPLICANT')")
    String upload(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        own(id, user);
        return answers.redirect("/applications/" + id + "/dossier#s-attachments", redirect, "attachment.added",
                () -> attachments.add(id, kind, file, Actor.of(user)));
    }

    @PostMapping("/{attachmentId}/delete")
    @PreAuthorize("hasRole('APPLICANT')")
    String remove(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        own(id, user);
        return answers.redirect("/applications/" + id + "/dossier#s-attachments", redirect, "attachment.removed",
                () -> attachments.remove(id, attachmentId, Actor.of(user)));
    }

    /** Downloads go only to those whose data scope covers the application; never rendered inline. */
    @PersonalDataDownload("APPLICATION_ATTACHMENT")
    @GetMapping("/{attachmentId}")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        applications.findVisible(id, DataScope.of(user)).orElseThrow(NotFound::new);
        Attachment attachment = attachments.find(id, attachmentId);
        return Downloads.attachment(attachments.content(id, attachmentId), attachment.getFileName(),
                attachment.getContentType());
    }

    private void own(long id, CurrentUser user) {
        applications.findVisible(id, DataScope.of(user)).filter(a -> a.getApplicantId() == user.id())
                .orElseThrow(NotFound::new);
    }
}
