package cn.gov.talent.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** "A notice starting on this day and running N working days ends when?" */
class CheckForm {

    /** Notices run 5 to 7 working days; 60 leaves room for any other period an official counts. */
    static final int MAX_WORKING_DAYS = 60;

    @NotNull(message = "{calendar.check.start.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull(message = "{calendar.check.workingDays.range}")
    @Min(value = 1, message = "{calendar.check.workingDays.range}")
    @Max(value = MAX_WORKING_DAYS, message = "{calendar.check.workingDays.range}")
    private Integer workingDays;

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }
}
