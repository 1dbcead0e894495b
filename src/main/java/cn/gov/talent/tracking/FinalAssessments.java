package cn.gov.talent.tracking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * 终期考核 (004 §四(二)): the office assesses a record at the end of its cycle on the seed's six
 * criteria; 合格 or 优秀 completes the cycle, 不合格 revokes the title (no further support) and the
 * certificate then verifies as revoked. Held once; the lifecycle's guard admits it from three months
 * before the cycle's end.
 */
@Service
public class FinalAssessments {

    static final int FINDING_MAX = 2000;

    private final FinalAssessmentRepository assessments;
    private final TalentRecords records;

    FinalAssessments(FinalAssessmentRepository assessments, TalentRecords records) {
        this.assessments = assessments;
        this.records = records;
    }

    @Transactional
    public TalentStatus assess(long recordId, FinalAssessmentForm form, Actor office) {
        TalentRecord record = records.locked(recordId, office);
        check(form);
        if (assessments.findByTalentRecordId(recordId).isPresent()) {
            throw new Refusal("talent.final.alreadyHeld");
        }
        boolean fail = form.getOutcome() == FinalAssessment.Outcome.FAIL;
        TalentRecord changed = records.fire(record, fail ? TalentEvent.FAIL_FINAL_ASSESSMENT : TalentEvent.COMPLETE,
                office, form.getReason(), null);
        assessments.save(new FinalAssessment(recordId, form, office.username(), records.now()));
        // the record's last grade (ADR 0030): the final assessment's outcome, of the year the cycle ends
        changed.gradeRecorded(Grade.valueOf(form.getOutcome().name()), changed.getCycleEnd().getYear(), true);
        return changed.getStatus();
    }

    @Transactional(readOnly = true)
    public Optional<FinalAssessment> of(long recordId) {
        return assessments.findByTalentRecordId(recordId);
    }

    private static void check(FinalAssessmentForm form) {
        Map<String, String> findings = Map.of("innovation", nullToEmpty(form.getInnovation()), "results",
                nullToEmpty(form.getResults()), "service", nullToEmpty(form.getService()), "training",
                nullToEmpty(form.getTraining()), "team", nullToEmpty(form.getTeam()), "employerMeasures",
                nullToEmpty(form.getEmployerMeasures()));
        List<Refusal.Problem> problems = new java.util.ArrayList<>();
        for (String field : List.of("innovation", "results", "service", "training", "team", "employerMeasures")) {
            String text = findings.get(field);
            if (!StringUtils.hasText(text)) {
                problems.add(new Refusal.Problem(field, "talent.final.findingRequired", new Object[0]));
            } else if (text.strip().length() > FINDING_MAX) {
                problems.add(new Refusal.Problem(field, "input.tooLong", new Object[] { FINDING_MAX }));
            }
        }
        if (form.getOutcome() == null) {
            problems.add(new Refusal.Problem("outcome", "talent.final.outcomeRequired", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
