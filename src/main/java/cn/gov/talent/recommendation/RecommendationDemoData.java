package cn.gov.talent.recommendation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Organization;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.Programs;

/**
 * The demo's lists as forwarded: the demo loads its applications past 报送 by firing their transitions,
 * so the recommending units' lists did not record that they went up, and the office's dashboard called
 * them 逾期未报送. Once, after the demo data, for each batch past its nominations (its recommenders' deadline
 * passed, or its stage beyond 推荐), each unit whose nominees all went up (none left NOMINATED) gets its list
 * recorded as forwarded after a local notice with no objection. This year's open batches keep their lists
 * open, so units can still nominate in them.
 */
@Component
@Profile("!prod")
@Order(11)
class RecommendationDemoData implements ApplicationRunner {

    private final NominationListRepository lists;
    private final Organization organization;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Programs programs;

    RecommendationDemoData(NominationListRepository lists, Organization organization, JdbcTemplate jdbc,
            TransactionTemplate transaction, Clock clock, Programs programs) {
        this.programs = programs;
        this.lists = lists;
        this.organization = organization;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer demo = jdbc.queryForObject("select count(*) from app_user where username = 'office'", Integer.class);
        Integer recorded = jdbc.queryForObject("select count(*) from nomination_list where forwarded_at is not null",
                Integer.class);
        if (demo == null || demo == 0 || recorded == null || recorded > 0) {
            return;
        }
        List<long[]> wentUp = jdbc.query("""
                select distinct batch_id, employer_unit_id from application
                where status not in ('DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'ENDORSED',
                                     'NOT_NOMINATED', 'NOMINATED')
                """, (row, i) -> new long[] {row.getLong(1), row.getLong(2)});
        List<long[]> stillNominated = jdbc.query(
                "select distinct batch_id, employer_unit_id from application where status = 'NOMINATED'",
                (row, i) -> new long[] {row.getLong(1), row.getLong(2)});
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> wentUp.stream().filter(pair -> pastNominations(pair[0], today))
                .forEach(pair -> organization.recommendingUnitOf(pair[1])
                .ifPresent(unit -> {
                    boolean open = stillNominated.stream().anyMatch(other -> other[0] == pair[0]
                            && organization.recommendingUnitOf(other[1]).map(u -> u.id() == unit.id()).orElse(false));
                    if (open) {
                        return;
                    }
                    lists.createIfMissing(pair[0], unit.id());
                    NominationList list = lists.lockByBatchIdAndUnitId(pair[0], unit.id()).orElseThrow();
                    if (!list.isForwarded()) {
                        list.confirmNotice(today.minusDays(12), today.minusDays(6), NoticeResult.NO_OBJECTION,
                                "单位内部公示无异议");
                        list.markForwarded("demo", clock.instant().minus(Duration.ofDays(5)));
                    }
                })));
    }

    private boolean pastNominations(long batchId, LocalDate today) {
        return programs.batch(batchId).map(batch -> batch.stage().ordinal() > BatchStage.NOMINATION.ordinal()
                || batch.recommenderDeadline() != null && batch.recommenderDeadline().isBefore(today)).orElse(false);
    }
}
