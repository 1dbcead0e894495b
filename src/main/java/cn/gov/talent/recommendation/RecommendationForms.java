package cn.gov.talent.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationForms;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.web.HtmlPdf;

/**
 * 推荐表: one nominee as its recommending unit files it (ADR 0023): the candidate's particulars and
 * achievements, the employer's opinion, the unit's rank of the candidate in its category, how it
 * evaluated and its local notice, and its own opinion (推荐意见) with the date and a place for the seal.
 */
@Service
@Transactional(readOnly = true)
class RecommendationForms {

    private final ApplicationForms applicationForms;
    private final Dossiers dossiers;
    private final Organization organization;
    private final NominationListRepository lists;
    private final CandidateRankRepository ranks;
    private final HtmlPdf pdf;
    private final Clock clock;

    RecommendationForms(ApplicationForms applicationForms, Dossiers dossiers, Organization organization,
            NominationListRepository lists, CandidateRankRepository ranks, HtmlPdf pdf, Clock clock) {
        this.applicationForms = applicationForms;
        this.dossiers = dossiers;
        this.organization = organization;
        this.lists = lists;
        this.ranks = ranks;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The 推荐表 of a nominated application as a PDF, its labels in the reader's language. */
    byte[] recommendationForm(Application application, Locale locale) {
        // the unit that nominated it: the employer's recommending unit (its quota took the place)
        UnitNode unit = organization.recommendingUnitOf(application.getEmployerUnitId()).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("head", applicationForms.particulars(application, locale));
        variables.put("form", dossiers.filed(application));
        variables.put("application", application);
        variables.put("unitName", application.getRecommenderOpinionUnit() != null
                ? application.getRecommenderOpinionUnit() : unit == null ? "" : unit.name());
        variables.put("list", unit == null ? null
                : lists.findByBatchIdAndUnitId(application.getBatchId(), unit.id()).orElse(null));
        variables.put("rank", ranks.findById(application.getId()).map(CandidateRank::getRank).orElse(null));
        variables.put("employerOpinionDate", ApplicationForms.date(application.getEmployerOpinionAt()));
        variables.put("opinionDate", ApplicationForms.date(application.getRecommenderOpinionAt()));
        variables.put("printedOn", LocalDate.now(clock));
        return pdf.pdf("recommendation/form", locale, variables, "/");
    }
}
