package cn.gov.talent.publication;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.review.ExpertPool;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/**
 * On the home page: a recommending unit's objections to investigate, an expert's questions to answer, an
 * employer's questions of eligibility to explain, the office's published lists to file with the provincial
 * party committee's talent office.
 */
@Component
class PublicationWorkItems implements WorkItemProvider {

    private final ObjectionRepository objections;
    private final ExpertOpinionRepository opinions;
    private final ObjectionExplanationRepository explanations;
    private final TalentOfficeFilingRepository filings;
    private final ExpertPool experts;

    PublicationWorkItems(ObjectionRepository objections, ExpertOpinionRepository opinions,
            ObjectionExplanationRepository explanations, TalentOfficeFilingRepository filings, ExpertPool experts) {
        this.filings = filings;
        this.experts = experts;
        this.explanations = explanations;
        this.objections = objections;
        this.opinions = opinions;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        List<WorkItem> work = new ArrayList<>();
        if (user.has(Role.RECOMMENDER)) {
            long investigations = objections.countByAssignedUnitIdAndStatus(user.unitId(), ObjectionStatus.INVESTIGATING);
            if (investigations > 0) {
                work.add(new WorkItem("work.investigations", investigations, "/publication/investigations"));
            }
        }
        if (user.has(Role.EXPERT)) {
            long questions = experts.expertIdOf(user.id()).map(opinions::countByExpertIdAndAnswerIsNull).orElse(0L);
            if (questions > 0) {
                work.add(new WorkItem("work.questions", questions, "/publication/questions"));
            }
        }
        if (user.has(Role.EMPLOYER)) {
            long toExplain = explanations.countByEmployerUnitIdAndExplainedAtIsNull(user.unitId());
            if (toExplain > 0) {
                work.add(new WorkItem("work.explanations", toExplain, "/publication/explanations"));
            }
        }
        if (user.has(Role.OFFICE)) {
            long toFile = filings.countPublishedNotFiled();
            if (toFile > 0) {
                work.add(new WorkItem("work.filings", toFile, "/publication"));
            }
        }
        return work;
    }
}
