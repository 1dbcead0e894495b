package cn.gov.talent.recommendation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationForms;
import cn.gov.talent.application.Applications;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.web.Downloads;

/**
 * 推荐表 as a PDF, once the application was nominated, for the employer, the recommending units and
 * the office whose data scope covers it; the applicant and other roles are refused (403), anyone else
 * told it does not exist (404), like the attachments.
 */
@Controller
class RecommendationFormController {

    private final Applications applications;
    private final RecommendationForms forms;
    private final MessageSource messages;

    RecommendationFormController(Applications applications, RecommendationForms forms, MessageSource messages) {
        this.applications = applications;
        this.forms = forms;
        this.messages = messages;
    }

    @PersonalDataDownload("RECOMMENDATION_FORM")
    @GetMapping("/applications/{id}/recommendation.pdf")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'RECOMMENDER', 'OFFICE')")
    ResponseEntity<byte[]> recommendationForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Application application = applications.findVisible(id, DataScope.of(user))
                .filter(visible -> ApplicationForms.mayPrintRecommendation(visible, user))
                .orElseThrow(NotFound::new);
        return Downloads.pdf(forms.recommendationForm(application, locale), ApplicationForms.fileName(application,
                messages.getMessage("forms.recommendation.title", null, locale)));
    }
}
