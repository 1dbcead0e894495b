package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.program.eligibility.RuleOutcome;
import cn.gov.talent.program.eligibility.RuleResult;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.LongTermProgram;
import cn.gov.talent.support.TestData;

/**
 * 申报次数 (002 art. 13: 申报次数累计不超过 2 次, for 创新人才长期项目; 创业人才、青年项目不限制): earlier
 * applications of the same person (by ID number) to the same program count once they went beyond a
 * draft; withdrawn drafts do not. Read from the database, not typed by the applicant. The demo programs
 * have no attempt limit (the 百千万 plan names none), so the test sets up a 长期项目 of its own.
 */
@IntegrationTest
class AttemptLimitTests {

    @Autowired
    Applications applications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Programs programs;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    @Autowired
    LongTermProgram longTerm;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IdNumberCipher idNumbers;

    @Test
    void aThirdAttemptAtTheSameProgramFailsTheAttemptLimit() {
        UserAccount applicant = data.newUser("attempt", "NCU", Role.APPLICANT);
        String first17 = "360102%04d03%02d%03d".formatted(data.year() - 41, 1 + (int) (applicant.getId() % 28),
                applicant.getId() % 1000);
        transaction.executeWithoutResult(s -> accounts.find(applicant.getId()).orElseThrow()
                .setIdNumber(idNumbers.seal(first17 + IdNumber.checkCharacter(first17))));
        Actor actor = data.actor(applicant.getUsername());
        long program = longTerm.programId();
        long category = longTerm.categoryId();
        long current = longTerm.batchId();

        // two earlier years, each submitted and rejected by the employer: two attempts
        for (int year : new int[] {2023, 2024}) {
            long batch = programs.batches().stream().filter(b -> b.programId() == program && b.year() == year)
                    .findFirst().map(b -> b.id()).orElseGet(() -> programs.createBatch(program, year, "长期项目 " + year,
                            BatchStage.CLOSED, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 1),
                            LocalDate.of(year, 12, 31)).id());
            Application earlier = applications.createDraft(actor, applicant.getFullName(), batch, category, "南昌大学");
            applications.fire(earlier.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
            applications.fire(earlier.getId(), WorkflowEvent.REJECT, data.actor("employer"), "不符合条件",
                    TransitionFacts.ALL_MET);
        }

        Application third = applications.createDraft(actor, applicant.getFullName(), current, category, "南昌大学");
        var form = new DossierForm();
        form.setDegree(Degree.DOCTOR);
        dossiers.save(third.getId(), form, actor);
        RuleResult attempts = dossiers.check(applications.find(third.getId()).orElseThrow()).results().stream()
                .filter(result -> result.kind() == RuleKind.ATTEMPT_LIMIT).findFirst().orElseThrow();
        assertThat(attempts.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(attempts.arguments()).contains(2);
        // 除研究成果、技术水平出现重大进展或者突破外: an exception may relax the limit
        assertThat(attempts.relaxable()).isTrue();
    }
}
