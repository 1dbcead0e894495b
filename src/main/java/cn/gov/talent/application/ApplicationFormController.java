package cn.gov.talent.application;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.web.Downloads;

/**
 * 申报表 as a PDF, for its applicant, and the employer, the recommending units and the office whose data
 * scope covers the application; any other role is refused (403), anyone else told it does not exist
 * (404), like the attachments. The 推荐表 is the recommendation module's.
 */
@Controller
class ApplicationFormController {

    private final Applications applications;
    private final ApplicationForms forms;
    private final MessageSource messages;

    ApplicationFormController(Applications applications, ApplicationForms forms, MessageSource messages) {
        this.applications = applications;
        this.forms = forms;
        this.messages = messages;
    }

    @PersonalDataDownload("APPLICATION_FORM")
    @GetMapping("/applications/{id}/form.pdf")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE')")
    ResponseEntity<byte[]> applicationForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Application application = applications.findVisible(id, DataScope.of(user))
                .filter(visible -> ApplicationForms.mayPrintForm(visible, user)).orElseThrow(NotFound::new);
        return Downloads.pdf(forms.applicationForm(application, locale), ApplicationForms.fileName(application,
                messages.getMessage("forms.application.title", null, locale)));
    }
}
