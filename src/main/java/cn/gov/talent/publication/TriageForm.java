package cn.gov.talent.publication;

import java.io.Serializable;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the office types to take up an objection: its view, and the investigation's due date. */
class TriageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
