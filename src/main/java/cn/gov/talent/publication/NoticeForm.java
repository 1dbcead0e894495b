package cn.gov.talent.publication;

import java.io.Serializable;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the office sends to start the public notice: its first day, how to object, the calendar checked. */
class NoticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    private String howToObject;

    private boolean calendarAcknowledged;

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getHowToObject() {
        return howToObject;
    }

    public void setHowToObject(String howToObject) {
        this.howToObject = howToObject;
    }

    public boolean isCalendarAcknowledged() {
        return calendarAcknowledged;
    }

    public void setCalendarAcknowledged(boolean calendarAcknowledged) {
        this.calendarAcknowledged = calendarAcknowledged;
    }
}
