package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.publication.Notices;
import cn.gov.talent.publication.ObjectionForm;
import cn.gov.talent.publication.Objections;
import cn.gov.talent.publication.PublicNotice;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * The office corrects an expert in the pool (a wrong value is shown beside its field and nothing
 * typed is lost); an expert answers the office's academic question on an objection.
 */
class ExpertPagesBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Notices notices;

    @Autowired
    Objections objections;

    @Autowired
    TestData data;

    @Test
    void theOfficeCorrectsAnExpertWithoutLosingWhatItTyped() {
        long expert = jdbc.queryForObject("select id from expert where full_name = '周国庆'", Long.class);
        signIn("office");
        open("/review/experts/" + expert);
        assertThat(awaitHeading("编辑专家：周国庆")).isEqualTo("编辑专家：周国庆");
        type("phone", "12345");
        type("maxLoad", "0");
        click("#save-expert");
        expectText("#error-summary", "请填写 11 位手机号码", "最大评审量须为 1 至 200 的整数");
        assertThat(find("#phone").getAttribute("value")).isEqualTo("12345");
        assertThat(find("#phone").getAttribute("class")).contains("is-invalid");
        type("phone", "13900005555");
        type("maxLoad", "25");
        click("#save-expert");
        expectText(".alert-success", "已保存专家信息");
        assertThat(jdbc.queryForObject("select max_load from expert where id = ?", Integer.class, expert)).isEqualTo(25);
    }

    @Test
    void anExpertAnswersTheOfficesQuestionOnAnObjection() {
        ReviewScenario.Batch batch = scenario.proposed("320", 1);
        long application = batch.applicationIds().get(0);
        PublicNotice notice = notices.start(batch.batchId(), notices.today(), "来信来电", true, data.actor("office"));
        var form = new ObjectionForm();
        form.setApplicationId(application);
        form.setName("张三");
        form.setContact("13900001111");
        form.setContent("反映其论文的学术贡献存在夸大，请专家判断。");
        String receipt = objections.file(notice.getId(), form, List.of(), "10.8.8.8");
        long objection = objections.byReceipt(receipt).orElseThrow().getId();
        objections.triage(objection, true, null, notices.today().plusDays(5), data.actor("office"));
        objections.askExperts(objection, "请就其代表性论文的学术水平提出意见。", data.actor("office"));
        String expert = jdbc.queryForObject("""
                select u.username from app_user u join expert e on e.user_id = u.id
                join objection_expert_opinion o on o.expert_id = e.id where o.objection_id = ?
                """, String.class, objection);

        signIn(expert);
        click("a[href='/publication/questions']");
        assertThat(awaitHeading("征询意见")).isEqualTo("征询意见");
        expectText("article", "请就其代表性论文的学术水平提出意见");
        click("article button[type=submit]");
        expectText(".alert-danger", "请填写意见");
        find("article textarea").sendKeys("论文为本领域代表性成果，学术水平属实。");
        click("article button[type=submit]");
        expectText("article .alert-success", "学术水平属实");

        signOut();
        signIn("office");
        open("/publication/objections/" + objection);
        expectText("section", "论文为本领域代表性成果");
    }
}
