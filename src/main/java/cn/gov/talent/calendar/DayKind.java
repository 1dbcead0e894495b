package cn.gov.talent.calendar;

/** What a calendar entry makes of its day. */
enum DayKind {

    /** 法定节假日: no work, whatever the weekday. */
    HOLIDAY,

    /** 调休上班: a Saturday or Sunday worked in exchange for a holiday. */
    WORKDAY
}
