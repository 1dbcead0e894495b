package cn.gov.talent.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.BatchStatusCount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.OpenBatch;
import cn.gov.talent.program.Programs;
import cn.gov.talent.publication.NoticeProgress;
import cn.gov.talent.publication.Notices;
import cn.gov.talent.recommendation.Forwarding;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.recommendation.UnitList;
import cn.gov.talent.review.BatchReview;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.ProgressCard;
import cn.gov.talent.shared.ProgressCardProvider;
import cn.gov.talent.shared.Role;

/**
 * The cards of the home page's dashboard (工作台). For the office, one card per open batch, from one statement per
 * figure whatever the number of batches: the batches and their timetables, the applications by batch and status,
 * the recommending units' lists, the latest review rounds (and, once a proposed list is confirmed, the departments
 * consulted), the public notices and their objections. For a recommending unit, the batches (from OPEN on) of its
 * stage or with its work not done, from three statements: the batches, its subtree's applications, its places and
 * lists. Days are counted from the injected clock. Each module reads in its own read-only transaction: the figures
 * are counts for a glance, not a snapshot.
 */
@Component
class Dashboards implements ProgressCardProvider {

    private final Programs programs;
    private final Applications applications;
    private final Nominations nominations;
    private final Proposals proposals;
    private final Notices notices;
    private final Clock clock;

    Dashboards(Programs programs, Applications applications, Nominations nominations, Proposals proposals,
            Notices notices, Clock clock) {
        this.programs = programs;
        this.applications = applications;
        this.nominations = nominations;
        this.proposals = proposals;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public List<ProgressCard> cardsFor(CurrentUser user) {
        List<ProgressCard> cards = new ArrayList<>();
        if (user.has(Role.OFFICE)) {
            cards.addAll(office(user));
        } else if (user.has(Role.RECOMMENDER)) {
            cards.addAll(unit(user));
        }
        return cards;
    }

    /** Every open batch, the most urgent first. */
    List<ProgressCard> office(CurrentUser user) {
        List<OpenBatch> batches = programs.openBatches();
        if (batches.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = batches.stream().map(OpenBatch::id).toList();
        List<BatchStatusCount> counts = applications.countByBatchStatusAndUnit(DataScope.of(user), ids);
        Map<Long, StatusCounts> statuses = byBatch(counts);
        // the same counts tell which recommending units have candidates, so which are expected to forward a list
        Map<Long, Forwarding> forwarding = nominations.forwarding(ids, counts).stream()
                .collect(Collectors.toMap(Forwarding::batchId, Function.identity()));
        // the departments consulted now are counted only when some batch asks for their opinions
        Map<Long, BatchReview> reviews = proposals.progressByBatch(ids).stream()
                .collect(Collectors.toMap(BatchReview::batchId, Function.identity()));
        Map<Long, NoticeProgress> noticesByBatch = notices.progressByBatch(ids).stream()
                .collect(Collectors.toMap(NoticeProgress::batchId, Function.identity()));
        return batches.stream().map(batch -> new OfficeCard(batch,
                        statuses.getOrDefault(batch.id(), StatusCounts.NONE), forwarding.get(batch.id()),
                        reviews.get(batch.id()), noticesByBatch.get(batch.id())).on(today))
                .sorted(ProgressCard.MOST_URGENT_FIRST).toList();
    }

    /**
     * The batches where the recommending unit has work, or whose stage is its own, the most urgent first; never a
     * draft (the office may set its places before the batch opens: the units see it once it is OPEN).
     */
    List<ProgressCard> unit(CurrentUser user) {
        List<OpenBatch> batches = programs.openBatches().stream().filter(batch -> batch.stage() != BatchStage.DRAFT)
                .toList();
        if (batches.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = batches.stream().map(OpenBatch::id).toList();
        Map<Long, StatusCounts> statuses = byBatch(applications.countByBatchStatusAndUnit(DataScope.of(user), ids));
        Map<Long, UnitList> lists = nominations.listsOf(user.unitId(), ids).stream()
                .collect(Collectors.toMap(UnitList::batchId, Function.identity()));
        return batches.stream().map(batch -> new UnitCard(batch, statuses.getOrDefault(batch.id(), StatusCounts.NONE),
                        lists.get(batch.id())))
                .filter(UnitCard::concernsTheUnit).map(card -> card.on(today))
                .sorted(ProgressCard.MOST_URGENT_FIRST).toList();
    }

    private static Map<Long, StatusCounts> byBatch(List<BatchStatusCount> rows) {
        Map<Long, Map<ApplicationStatus, Long>> counts = new HashMap<>();
        // summed over the employers
        rows.forEach(row -> counts.computeIfAbsent(row.batchId(), batch -> new EnumMap<>(ApplicationStatus.class))
                .merge(row.status(), row.count(), Long::sum));
        Map<Long, StatusCounts> byBatch = new HashMap<>();
        counts.forEach((batch, byStatus) -> byBatch.put(batch, new StatusCounts(byStatus)));
        return byBatch;
    }
}
