package cn.gov.talent.tracking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 终期考核 (004 §四(二)): at the end of the cycle, on 科技创新, 业绩成果, 服务发展, 人才培养, 团队建设 and
 * the employer's matching measures, against the targets of the dossier. 不合格 revokes the title.
 */
@Entity
@Table(name = "final_assessment")
public class FinalAssessment {

    /** 优秀 / 合格 / 不合格. */
    public enum Outcome implements cn.gov.talent.shared.Labelled {
        EXCELLENT, PASS, FAIL;

        @Override
        public String messageKey() {
            return "talent.final.outcome." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    private String innovation;

    private String results;

    private String service;

    private String training;

    private String team;

    @Column(name = "employer_measures")
    private String employerMeasures;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected FinalAssessment() {
    }

    FinalAssessment(long talentRecordId, FinalAssessmentForm form, String decidedBy, Instant decidedAt) {
        this.talentRecordId = talentRecordId;
        this.innovation = form.getInnovation().strip();
        this.results = form.getResults().strip();
        this.service = form.getService().strip();
        this.training = form.getTraining().strip();
        this.team = form.getTeam().strip();
        this.employerMeasures = form.getEmployerMeasures().strip();
        this.outcome = form.getOutcome();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public String getInnovation() {
        return innovation;
    }

    public String getResults() {
        return results;
    }

    public String getService() {
        return service;
    }

    public String getTraining() {
        return training;
    }

    public String getTeam() {
        return team;
    }

    public String getEmployerMeasures() {
        return employerMeasures;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
