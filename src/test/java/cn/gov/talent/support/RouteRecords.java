package cn.gov.talent.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;

import cn.gov.talent.mobility.Conversions;
import cn.gov.talent.mobility.Transfers;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.TermKind;
import cn.gov.talent.publication.Notices;
import cn.gov.talent.publication.Objections;
import cn.gov.talent.shared.Actor;

/**
 * Real records for every placeholder of the routes ({@code {batch}}, {@code {objection}}…) and the
 * accounts that own them: a fresh batch taken through review to a public notice with an objection
 * under investigation (its question of eligibility explained by the employer), a submitted
 * application, a published batch and its certificate, the demo's filing with 省委人才办. Used by the
 * access matrix and the route fuzzer.
 */
@Component
public class RouteRecords {

    /** Placeholder → id, and the scenario's accounts ("owner", "expert", "otherExpert"…) → user name. */
    public record Records(Map<String, String> ids, Map<String, String> usernames) {
    }

    private final ReviewScenario scenario;

    private final NoticeScenario notice;

    private final Notices notices;

    private final Objections objections;

    private final TestData data;

    private final JdbcTemplate jdbc;

    private final TalentScenario talents;

    private final Transfers transfers;

    private final Conversions conversions;

    private final Programs programs;

    /** The reason of the transfer and the conversion made here, by which a later call finds them again. */
    static final String MARKER = "路由记录：调往四川大学工作";

    RouteRecords(ReviewScenario scenario, NoticeScenario notice, Notices notices, Objections objections,
            TestData data, JdbcTemplate jdbc, TalentScenario talents, Transfers transfers, Conversions conversions,
            Programs programs) {
        this.talents = talents;
        this.transfers = transfers;
        this.conversions = conversions;
        this.programs = programs;
        this.scenario = scenario;
        this.notice = notice;
        this.notices = notices;
        this.objections = objections;
        this.data = data;
        this.jdbc = jdbc;
    }

    public Records create() {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> usernames = new HashMap<>();
        NoticeScenario.InNotice inNotice = notice.inNotice("320", 1);
        ReviewScenario.Batch batch = inNotice.batch();
        long application = batch.applicationIds().get(0);
        long objection = notice.object(inNotice.noticeId(), application);
        objections.triage(objection, true, "请调查核实", notices.today().plusDays(5), data.actor("office"));
        // 002 art. 23: a question of eligibility put to the applicant's employer (南昌大学), answered with a proof
        objections.askEmployer(objection, "请说明申报人全职到岗时间。", notices.today().plusDays(3), data.actor("office"));
        long explanation = jdbc.queryForObject("select id from objection_explanation where objection_id = ?",
                Long.class, objection);
        objections.explain(explanation, "申报人已全职到岗。", "南昌市社会保险事业管理局", List.of(new MockMultipartFile("files",
                "社保缴纳记录.pdf", "application/pdf", NoticeScenario.onePagePdf())), data.actor("employer"));

        Map<String, Object> seat = jdbc.queryForMap("""
                select a.id, a.round_id, a.expert_id, a.draw_id from review_assignment a
                where a.application_id = ? order by a.id limit 1""", application);
        long expertId = ((Number) seat.get("expert_id")).longValue();
        long roundId = ((Number) seat.get("round_id")).longValue();
        long publishedBatch = jdbc.queryForObject("select min(batch_id) from talent_record", Long.class);
        Map<String, Object> certificate = jdbc.queryForMap("""
                select r.id, u.username from talent_record r join app_user u on u.id = r.applicant_id
                order by r.id limit 1""");
        // a talent record at the demo employer's unit (南昌大学), so that "employer" and "recommender" (南昌市人社局)
        // see it and "employer02" and "recommender02" do not; its holder is "talentHolder"
        Map<String, Object> talent = jdbc.queryForMap("""
                select r.id, u.username from talent_record r join app_user u on u.id = r.applicant_id
                where r.unit_id = (select unit_id from app_user where username = 'employer')
                and u.username <> 'applicant' order by r.id limit 1""");

        ids.put("batch", String.valueOf(batch.batchId()));
        ids.put("category", String.valueOf(batch.categoryId()));
        ids.put("program", jdbc.queryForObject("select program_id from batch where id = ?", String.class,
                batch.batchId()));
        ids.put("application", String.valueOf(application));
        ids.put("attachment", jdbc.queryForObject("select min(id) from attachment where application_id = ?",
                String.class, application));
        ids.put("round", String.valueOf(roundId));
        ids.put("draw", String.valueOf(seat.get("draw_id")));
        ids.put("task", String.valueOf(seat.get("id")));
        ids.put("expertRecord", String.valueOf(expertId));
        ids.put("notice", String.valueOf(inNotice.noticeId()));
        ids.put("objection", String.valueOf(objection));
        ids.put("objectionFile", jdbc.queryForObject("select min(id) from objection_file where objection_id = ?",
                String.class, objection));
        ids.put("explanation", String.valueOf(explanation));
        ids.put("explanationFile", jdbc.queryForObject("select min(id) from objection_file where explanation_id = ?",
                String.class, explanation));
        ids.put("publishedBatch", String.valueOf(publishedBatch));
        // the demo files last year's published list with 省委人才办, with a receipt
        ids.put("filedBatch", jdbc.queryForObject(
                "select min(batch_id) from talent_office_filing where receipt_sha256 is not null", String.class));
        ids.put("certificate", String.valueOf(certificate.get("id")));
        ids.put("talent", String.valueOf(talent.get("id")));
        ids.put("talentReport", "1"); // only refusals are posted: they come before any record is read
        ids.put("talentReportStep", "confirm");
        ids.put("talentOutput", "0"); // no such output or exit: their evidence is not found by anyone who may look
        ids.put("talentExit", "0");
        // funding (FundingDemoData): a paid tranche of the employer's unit, its fund, a plan; no extension to decide
        ids.put("fundingTranche", jdbc.queryForObject("""
                select min(id) from funding_tranche where status = 'PAID'
                and unit_id = (select unit_id from app_user where username = 'employer')""", String.class));
        ids.put("fundingGrant", jdbc.queryForObject("select grant_id from funding_tranche where id = ?", String.class,
                Long.valueOf(ids.get("fundingTranche"))));
        ids.put("fundingPlan", jdbc.queryForObject("select min(id) from support_plan", String.class));
        ids.put("fundingExtension", "0"); // only refusals are posted: they come before any record is read
        ids.put("unit", String.valueOf(data.unitId("NCU")));
        // the year-end report the demo opened (the first round; the year of the clock at the demo's load, not of
        // the clock now, which a test before may have moved); the report of "recommender"'s unit (南昌市人社局)
        ids.put("yearEndYear", jdbc.queryForObject("select year from year_end_round order by id limit 1", String.class));
        ids.put("yearEndUnit", String.valueOf(data.unitId("NC-HRSS")));
        ids.put("user", jdbc.queryForObject("select id from app_user where username = 'employer'", String.class));
        ids.put("day", data.year() + "-10-01");
        ids.put("calendarYear", "2099");
        ids.put("mailMessage", "0"); // only refusals are posted: they come before any mail is read
        ids.put("question", "1"); // only refusals are posted: they come before any record is read
        long submitted = scenario.submitted("320");
        ids.put("submitted", String.valueOf(submitted));
        ids.put("version", "1");
        ids.put("nationalBatch", jdbc.queryForObject("""
                select min(b.id) from batch b join program p on p.id = b.program_id where p.tier = 'NATIONAL'""",
                String.class));

        usernames.put("owner", jdbc.queryForObject(
                "select u.username from app_user u join application a on a.applicant_id = u.id where a.id = ?",
                String.class, application));
        usernames.put("expert", scenario.usernameOfExpert(expertId));
        usernames.put("otherExpert", jdbc.queryForObject("""
                select min(u.username) from app_user u join expert e on e.user_id = u.id
                where e.id not in (select expert_id from review_assignment where round_id = ?)""", String.class,
                roundId));
        usernames.put("submitter", jdbc.queryForObject(
                "select u.username from app_user u join application a on a.applicant_id = u.id where a.id = ?",
                String.class, submitted));
        usernames.put("certificateHolder", (String) certificate.get("username"));
        usernames.put("talentHolder", (String) talent.get("username"));
        mobility(ids, usernames);
        return new Records(ids, usernames);
    }

    /**
     * A transfer under way and a conversion asked for, made once and found again by their reason: a fresh person
     * of 南昌大学 (recommended by 南昌市人社局) asking to move to 四川大学 (reviewed by 四川省人社厅), so that
     * "employer" and "recommender" see it as the current side and "employer02" and "recommender02" do not, and
     * asking to convert the project from its short-term category to a long-term one. The holder is
     * "transferHolder".
     */
    private void mobility(Map<String, String> ids, Map<String, String> usernames) {
        List<Map<String, Object>> made = jdbc.queryForList("""
                select t.id, t.talent_record_id, u.username from transfer t join app_user u on u.id = t.applicant_id
                where t.reason = ? order by t.id limit 1""", MARKER);
        if (made.isEmpty()) {
            try {
                TalentScenario.Talent talent = talents.published(1).get(0);
                Actor owner = data.actor(talent.owner());
                Actor office = data.actor("office");
                transfers.request(talent.recordId(), data.unitId("SCU"), MARKER, "家属在成都工作，确需流动。", owner);
                long programId = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class,
                        talent.recordId());
                long shortTerm = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class,
                        talent.recordId());
                programs.addCategory(programId, "LONG", "创新人才长期项目", office);
                long longTerm = jdbc.queryForObject(
                        "select id from program_category where program_id = ? and code = 'LONG'", Long.class, programId);
                programs.setMobility(shortTerm, TermKind.SHORT, false, office);
                programs.setMobility(longTerm, TermKind.LONG, false, office);
                conversions.request(talent.recordId(), longTerm, MARKER, owner);
            } catch (Exception e) {
                throw new IllegalStateException("the route records' transfer", e);
            }
            made = jdbc.queryForList("""
                    select t.id, t.talent_record_id, u.username from transfer t join app_user u on u.id = t.applicant_id
                    where t.reason = ? order by t.id limit 1""", MARKER);
        }
        Map<String, Object> transfer = made.get(0);
        ids.put("transfer", String.valueOf(transfer.get("id")));
        ids.put("transferRecord", String.valueOf(transfer.get("talent_record_id")));
        ids.put("transferFile", "0"); // no such file: not found by anyone who may look
        ids.put("conversion", jdbc.queryForObject("select min(id) from category_conversion where reason = ?",
                String.class, MARKER));
        usernames.put("transferHolder", (String) transfer.get("username"));
    }
}
