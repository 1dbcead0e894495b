package cn.gov.talent.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * Data scope of the talent records, as everywhere: an employer sees and acts on its own people only,
 * a recommending unit its subtree, a person their own record; by URL nothing else, answered 404
 * whether the record exists or not, and the lists hold nothing else either.
 */
@IntegrationTest
class TalentScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmployerCannotSeeOrActOnAnotherEmployersTalentByUrl() throws Exception {
        List<Talent> talents = scenario.published(2);
        Talent ours = talents.get(0);
        Talent theirs = talents.get(1);
        scenario.employedBy(theirs.recordId(), "JXCC");
        scenario.reportWindowOpen(ours.recordId());
        long id = ours.recordId();
        mvc.perform(post("/talents/" + id + "/reports").param("cycleYear", "1").param("progress", "完成第一年度目标。")
                .with(csrf()).with(users.as(ours.owner()))).andExpect(status().is3xxRedirection());
        long report = jdbc.queryForObject("select id from yearly_report where talent_record_id = ?", Long.class, id);

        // each employer opens its own person, and not the other's
        mvc.perform(get("/talents/" + id).with(users.as("employer"))).andExpect(status().isOk());
        mvc.perform(get("/talents/" + theirs.recordId()).with(users.as("employer02"))).andExpect(status().isOk());
        for (String page : List.of("/talents/" + id, "/talents/" + id + "/file")) {
            mvc.perform(get(page).with(users.as("employer02"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/talents/" + theirs.recordId()).with(users.as("employer"))).andExpect(status().isNotFound());
        mvc.perform(get("/talents/" + 999_999_999L).with(users.as("employer"))).andExpect(status().isNotFound());

        // nor act on it: every post answers 404 and changes nothing
        List<AbstractMockHttpServletRequestBuilder<?>> posts = List.of(
                post("/talents/" + id + "/reminders").param("remindedOn", data.today().toString())
                        .param("note", "提醒到岗。"),
                multipart("/talents/" + id + "/exit").param("kind", "PERSUASION").param("ground", "NOT_TAKEN_UP")
                        .param("reason", "未到岗。"),
                multipart("/talents/" + id + "/outputs").param("kind", "PAPER").param("title", "冒名登记的论文")
                        .param("achievedOn", data.today().toString()).param("level", "NATIONAL")
                        .param("authorRank", "1"),
                post("/talents/reports/" + report + "/grade").param("grade", "PASS").param("opinion", "合格。"),
                post("/talents/reports/" + report + "/return").param("reason", "请补充。"));
        for (AbstractMockHttpServletRequestBuilder<?> request : posts) {
            mvc.perform(request.with(csrf()).with(users.as("employer02"))).andExpect(status().isNotFound());
        }
        assertThat(scenario.status(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select status from yearly_report where id = ?", String.class, report))
                .isEqualTo("SUBMITTED");
        for (String table : List.of("talent_reminder", "talent_exit", "talent_output")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where talent_record_id = ?", Long.class,
                    id)).as(table).isZero();
        }

        // a recommending unit sees its subtree (南昌市人社局: 南昌大学 and 江西铜业集团), another unit nothing
        mvc.perform(get("/talents/" + id).with(users.as("recommender"))).andExpect(status().isOk());
        mvc.perform(get("/talents/" + theirs.recordId()).with(users.as("recommender"))).andExpect(status().isOk());
        mvc.perform(get("/talents/" + id).with(users.as("recommender02"))).andExpect(status().isNotFound());
        // a person sees their own record only
        mvc.perform(get("/talents/" + id).with(users.as(ours.owner()))).andExpect(status().isOk());
        mvc.perform(get("/talents/" + id).with(users.as(theirs.owner()))).andExpect(status().isNotFound());
    }

    @Test
    void theListsOfAnEmployerHoldOnlyItsOwnPeople() throws Exception {
        List<Talent> talents = scenario.published(2);
        Talent ours = talents.get(0);
        Talent theirs = talents.get(1);
        scenario.employedBy(theirs.recordId(), "JXCC");
        long ncu = data.unitId("NCU");
        long jxcc = data.unitId("JXCC");

        assertThat(list("employer", "")).isNotEmpty()
                .allSatisfy(record -> assertThat(record.getUnitId()).isEqualTo(ncu));
        assertThat(list("employer02", "")).isNotEmpty()
                .allSatisfy(record -> assertThat(record.getUnitId()).isEqualTo(jxcc));
        assertThat(list("employer", ours.certificateNo())).extracting(TalentRecord::getId)
                .containsExactly(ours.recordId());
        assertThat(list("employer", theirs.certificateNo())).isEmpty();
        assertThat(list("employer02", theirs.certificateNo())).extracting(TalentRecord::getId)
                .containsExactly(theirs.recordId());
        assertThat(list("employer02", ours.certificateNo())).isEmpty();
        assertThat(list("recommender02", ours.certificateNo())).isEmpty();
        assertThat(list("office", ours.certificateNo())).extracting(TalentRecord::getId)
                .containsExactly(ours.recordId());
        assertThat(list(theirs.owner(), "")).extracting(TalentRecord::getId).containsExactly(theirs.recordId());

        // the reports waiting for an employer are its own people's
        for (Talent talent : talents) {
            scenario.reportWindowOpen(talent.recordId());
            mvc.perform(post("/talents/" + talent.recordId() + "/reports").param("cycleYear", "1")
                    .param("progress", "完成第一年度目标。").with(csrf()).with(users.as(talent.owner())))
                    .andExpect(status().is3xxRedirection());
        }
        Map<Long, TalentRecord> people = waitingPeople("employer02");
        assertThat(people).containsKey(theirs.recordId()).doesNotContainKey(ours.recordId());
        assertThat(people.values()).allSatisfy(record -> assertThat(record.getUnitId()).isEqualTo(jxcc));
        assertThat(waitingPeople("employer")).containsKey(ours.recordId()).doesNotContainKey(theirs.recordId())
                .allSatisfy((recordId, record) -> assertThat(record.getUnitId()).isEqualTo(ncu));
    }

    /** The records on the first page (of 100) of {@code /talents} as this account sees it, found by prefix. */
    @SuppressWarnings("unchecked")
    private List<TalentRecord> list(String username, String q) throws Exception {
        var model = mvc.perform(get("/talents").param("q", q).param("size", "100").with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        return ((Page<TalentRecord>) model.get("page")).getContent();
    }

    /** The people of the reports on the first page (of 100) of {@code /talents/reports}, by record id. */
    @SuppressWarnings("unchecked")
    private Map<Long, TalentRecord> waitingPeople(String username) throws Exception {
        var model = mvc.perform(get("/talents/reports").param("size", "100").with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        Page<YearlyReport> page = (Page<YearlyReport>) model.get("page");
        Map<Long, TalentRecord> people = (Map<Long, TalentRecord>) model.get("people");
        assertThat(page.getContent()).allSatisfy(report -> assertThat(people).containsKey(report.getTalentRecordId()));
        return people;
    }
}
