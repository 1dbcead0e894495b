package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.program.eligibility.RuleOutcome;
import cn.gov.talent.program.eligibility.RuleResult;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TestData;

/**
 * 004 §二(二)1: 入选国家级人才计划、同梯次其他省级人才计划（仍在支持期内）的人才…不得申报 — checked against the
 * talent records the system already holds, not only as the applicant declares.
 */
@IntegrationTest
class Sec2Item2_1ExclusionsAreReadFromTheTalentRecordsTests {

    @Autowired
    TalentScenario talents;

    @Autowired
    Applications applications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void aTitleOnRecordExcludesWithoutADeclarationWhileItHolds() throws Exception {
        TalentScenario.Talent talent = talents.published(1).get(0);
        Actor person = data.actor(talent.owner());
        String name = jdbc.queryForObject("select full_name from app_user where username = ?", String.class,
                talent.owner());
        Application draft = applications.createDraft(person, name, data.batchId("SG"), data.categoryId("SG", "PRO"),
                "南昌大学");
        dossiers.save(draft.getId(), new DossierForm(), person);

        // another provincial program's title, its cycle running: 同梯次其他省级人才计划（仍在支持期内）
        RuleResult inSupport = exclusions(draft.getId());
        assertThat(inSupport.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(inSupport.describe(messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("本系统人选记录显示属于不得申报的情形：已入选同梯次其他省级人才计划且仍在支持期内的人才");

        // the cycle over, the provincial title no longer excludes
        talents.cycleFrom(talent.recordId(), data.today().minusYears(4));
        assertThat(exclusions(draft.getId()).outcome()).isEqualTo(RuleOutcome.PASS);

        // a national-level title excludes whatever its cycle (入选国家级人才计划)
        jdbc.update("update program set tier = 'NATIONAL' where id = (select program_id from talent_record where id = ?)",
                talent.recordId());
        assertThat(exclusions(draft.getId()).describe(messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("本系统人选记录显示属于不得申报的情形：已入选“国家级人才计划”的人才");
    }

    private RuleResult exclusions(long applicationId) {
        return dossiers.check(applications.find(applicationId).orElseThrow()).results().stream()
                .filter(result -> result.kind() == RuleKind.EXCLUSIONS).findFirst().orElseThrow();
    }
}
