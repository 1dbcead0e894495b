package cn.gov.talent.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's form for one holiday or adjusted working day. */
class DayForm {

    @NotNull(message = "{calendar.error.day.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull(message = "{calendar.error.kind.required}")
    private DayKind kind;

    @NotBlank(message = "{calendar.error.name.required}")
    @Size(max = WorkingCalendar.NAME_MAX, message = "{calendar.error.name.size}")
    private String name;

    static DayForm of(CalendarDay day) {
        var form = new DayForm();
        form.day = day.day();
        form.kind = day.kind();
        form.name = day.name();
        return form;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
