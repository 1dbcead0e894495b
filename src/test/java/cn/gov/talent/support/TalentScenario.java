package cn.gov.talent.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.tracking.SupportCycle;

/**
 * Fresh talent records, so that tracking tests never touch the demo's people or each other's: a batch
 * from {@link NoticeScenario} (its people new applicants of 南昌大学, recommended by 南昌市人社局) whose
 * notice ended yesterday, approved and published by the office on its page, so that each person has a
 * record issued today in a three-year cycle. A record is then put where a test needs it in its cycle by
 * moving its dates, the clock staying where it is.
 */
public class TalentScenario {

    /** A published person: the record, the application, the person's login, the certificate. */
    public record Talent(long recordId, long applicationId, String owner, String certificateNo,
            String verificationCode) {
    }

    private final NoticeScenario notices;
    private final TestData data;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;
    private final DemoUsers users;

    TalentScenario(NoticeScenario notices, TestData data, JdbcTemplate jdbc, MockMvc mvc, DemoUsers users) {
        this.notices = notices;
        this.data = data;
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.users = users;
    }

    /** {@code count} people published today, in the order of their certificate numbers. */
    public List<Talent> published(int count) throws Exception {
        NoticeScenario.InNotice inNotice = notices.inNotice("320", count);
        long batch = inNotice.batch().batchId();
        LocalDate today = data.today();
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), inNotice.noticeId());
        office("/publication/batches/" + batch + "/approve");
        office("/publication/batches/" + batch + "/publish");
        List<Talent> talents = jdbc.query("""
                select r.id, r.application_id, u.username, r.certificate_no, r.verification_code
                from talent_record r join app_user u on u.id = r.applicant_id
                where r.batch_id = ? order by r.certificate_no""",
                (row, i) -> new Talent(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5)), batch);
        if (talents.size() != count) {
            throw new IllegalStateException(count + " people approved, " + talents.size() + " records published");
        }
        return talents;
    }

    /**
     * The record's first year (of three) ends in ten days: the first yearly report's window is open, and
     * an output dated today belongs to the first year.
     */
    public void reportWindowOpen(long recordId) {
        cycleFrom(recordId, data.today().minusYears(1).plusDays(10));
    }

    /** The record's three-year cycle ends in a month: within the final assessment's window. */
    public void cycleEnding(long recordId) {
        cycleFrom(recordId, data.today().minusYears(3).plusMonths(1));
    }

    /** The record as if its list had been published on {@code start}: issue date and a three-year cycle. */
    public void cycleFrom(long recordId, LocalDate start) {
        jdbc.update("update talent_record set issued_on = ?, cycle_start = ?, cycle_end = ?, status_changed_on = ?"
                + " where id = ?", start, start, new SupportCycle(start, 3).end(), start, recordId);
    }

    /**
     * The person moved to another employer (the unit with this code): their record follows, with the
     * recommending unit above it, its province and region (as a transfer keeps them, ADR 0030).
     */
    public void employedBy(long recordId, String unitCode) {
        jdbc.update("""
                update talent_record r set unit_id = u.id, unit_path = u.path, employer_name = u.name,
                    province_code = u.province_code, region = p.region,
                    recommender_unit_id = (select b.id from org_unit b where b.kind = 'RECOMMENDER'
                                            and u.path like b.path || '%' order by length(b.path) desc limit 1),
                    recommender_name = (select b.name from org_unit b where b.kind = 'RECOMMENDER'
                                         and u.path like b.path || '%' order by length(b.path) desc limit 1)
                from org_unit u left join province p on p.code = u.province_code
                where u.code = ? and r.id = ?""", unitCode, recordId);
    }

    /** The record's state, as stored. */
    public String status(long recordId) {
        return jdbc.queryForObject("select status from talent_record where id = ?", String.class, recordId);
    }

    private void office(String path) throws Exception {
        MvcResult result = mvc.perform(post(path).with(csrf()).with(users.as("office"))).andReturn();
        Object refused = result.getFlashMap().get("errorText");
        if (result.getResponse().getStatus() != 302 || refused != null) {
            throw new IllegalStateException(path + ": " + result.getResponse().getStatus() + " " + refused);
        }
    }
}
