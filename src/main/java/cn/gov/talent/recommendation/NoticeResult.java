package cn.gov.talent.recommendation;

/** The outcome of the unit's own public notice: no objection, or objections handled (with a note). */
enum NoticeResult { NO_OBJECTION, OBJECTIONS_HANDLED }
