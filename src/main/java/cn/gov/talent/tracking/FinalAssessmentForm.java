package cn.gov.talent.tracking;

import java.io.Serializable;

/** The office's final assessment: a finding on each of the seed's criteria, and the outcome. */
public class FinalAssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;


    private String innovation;

    private String results;

    private String service;

    private String training;

    private String team;

    private String employerMeasures;

    private FinalAssessment.Outcome outcome;

    /** Why, when the outcome is 不合格 (it revokes the title). */
    private String reason;

    public String getInnovation() {
        return innovation;
    }

    public void setInnovation(String innovation) {
        this.innovation = innovation;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getTraining() {
        return training;
    }

    public void setTraining(String training) {
        this.training = training;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getEmployerMeasures() {
        return employerMeasures;
    }

    public void setEmployerMeasures(String employerMeasures) {
        this.employerMeasures = employerMeasures;
    }

    public FinalAssessment.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FinalAssessment.Outcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
