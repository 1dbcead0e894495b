package cn.gov.talent.review;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An application taking part in a round, with a copy of what the round's pages filter and show,
 * and how many of its slots the pool could not fill (and why), so unfilled slots stay visible.
 */
@Entity
@Table(name = "round_candidate")
@IdClass(RoundCandidate.Key.class)
class RoundCandidate {

    public record Key(long roundId, long applicationId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "category_id")
    private long categoryId;

    @Column(name = "discipline_code")
    private String disciplineCode;

    @Column(name = "serial_no")
    private String serialNo;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "employer_name")
    private String employerName;

    private int unfilled;

    @Column(name = "unfilled_reason")
    private String unfilledReason;

    protected RoundCandidate() {
    }

    RoundCandidate(long roundId, long applicationId, long categoryId, String disciplineCode, String serialNo,
            String applicantName, String employerName) {
        this.roundId = roundId;
        this.applicationId = applicationId;
        this.categoryId = categoryId;
        this.disciplineCode = disciplineCode;
        this.serialNo = serialNo;
        this.applicantName = applicantName;
        this.employerName = employerName;
    }

    /** A candidate as read for a statement of its own (not an entity of the session): with its unfilled seats. */
    RoundCandidate(long roundId, long applicationId, long categoryId, String disciplineCode, String serialNo,
            String applicantName, String employerName, int unfilled, String unfilledReason) {
        this(roundId, applicationId, categoryId, disciplineCode, serialNo, applicantName, employerName);
        this.unfilled = unfilled;
        this.unfilledReason = unfilledReason;
    }

    void leaveUnfilled(int missing, String reasonKey) {
        this.unfilled = missing;
        this.unfilledReason = missing == 0 ? null : reasonKey;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public int getUnfilled() {
        return unfilled;
    }

    public String getUnfilledReason() {
        return unfilledReason;
    }
}
