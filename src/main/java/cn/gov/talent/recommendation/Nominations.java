package cn.gov.talent.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationFilter;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.ApplicationWorkflow;
import cn.gov.talent.application.ApplicationStatusChanged;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.BatchStatusCount;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;

/**
 * 推荐: a recommending unit nominates within its quota, declines or returns to the employer.
 * Taking a place and the transition happen in one transaction; the place is taken by a
 * conditional update of the quota row, so concurrent nominations never exceed the quota.
 */
@Service
@Transactional(readOnly = true)
public class Nominations {

    /** A unit's places in one batch: far above any real quota (双高 ≤100 in all), bounded all the same. */
    static final int PLACES_MAX = 10_000;
    /** The evaluation summary and the local notice's note (nomination_list, varchar(2000)). */
    static final int TEXT_MAX = 2000;
    /** The reason for an extension (nomination_list.extension_reason, varchar(1000)). */
    static final int EXTENSION_REASON_MAX = 1000;

    private final QuotaRepository quotas;
    private final NominationListRepository lists;
    private final Applications applications;
    private final Organization organization;
    private final Programs programs;
    private final AuditTrail audit;
    private final Clock clock;
    private final CandidateRankRepository ranks;
    private final CategoryQuotaRepository categoryQuotas;

    Nominations(QuotaRepository quotas, NominationListRepository lists, Applications applications,
            Organization organization, Programs programs, AuditTrail audit, Clock clock,
            CandidateRankRepository ranks, CategoryQuotaRepository categoryQuotas) {
        this.categoryQuotas = categoryQuotas;
        this.ranks = ranks;
        this.quotas = quotas;
        this.lists = lists;
        this.applications = applications;
        this.organization = organization;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rank the unit gave in the batch, by application id. */
    public Map<Long, Integer> ranks(long batchId, long unitId) {
        return ranks.findByBatchIdAndUnitId(batchId, unitId).stream()
                .collect(Collectors.toMap(CandidateRank::getApplicationId, CandidateRank::getRank));
    }

    /**
     * 排序: sets (or clears, with null) a candidate's rank within its category. A rank already given
     * to another candidate of the same category is refused and names that candidate.
     */
    @Transactional
    public void rank(long applicationId, Actor actor, Integer rank) {
        Application application = visible(applicationId, actor);
        if (application.getStatus() != ApplicationStatus.ENDORSED && application.getStatus() != ApplicationStatus.NOMINATED) {
            throw new Refusal("application.missing");
        }
        openList(application.getBatchId(), actor.unitId());
        Optional<CandidateRank> current = ranks.findById(applicationId);
        if (rank == null) {
            current.ifPresent(existing -> {
                ranks.delete(existing);
                audit.record(new AuditEntry(actor, "APPLICATION", applicationId, application.getSerialNo(), "RANK",
                        String.valueOf(existing.getRank()), null, null));
            });
            return;
        }
        if (rank < 1 || rank > 999) {
            throw new Refusal("rank.range");
        }
        ranks.findByBatchIdAndUnitIdAndCategoryIdAndRank(application.getBatchId(), actor.unitId(),
                application.getCategoryId(), rank).filter(other -> !other.getApplicationId().equals(applicationId))
                .ifPresent(other -> {
                    throw new Refusal("rank.taken", rank, applications.findVisible(other.getApplicationId(),
                            actor.scope()).map(Application::getApplicantName).orElse(""));
                });
        String before = current.map(existing -> String.valueOf(existing.getRank())).orElse(null);
        current.ifPresentOrElse(existing -> existing.moveTo(rank), () -> ranks.save(new CandidateRank(applicationId,
                application.getBatchId(), actor.unitId(), application.getCategoryId(), rank)));
        audit.record(new AuditEntry(actor, "APPLICATION", applicationId, application.getSerialNo(), "RANK", before,
                String.valueOf(rank), null));
    }

    public Optional<NominationList> list(long batchId, long unitId) {
        return lists.findByBatchIdAndUnitId(batchId, unitId);
    }

    /** 综合评价: how the unit evaluated its candidates (专家评审、组织考察). */
    @Transactional
    public void recordEvaluation(long batchId, Actor actor, EvaluationMethod method, LocalDate date, String summary) {
        if (method == null || date == null) {
            throw new Refusal("nomination.evaluation.required");
        }
        if (summary != null && summary.trim().length() > TEXT_MAX) {
            throw Refusal.onField("summary", "form.text.tooLong", TEXT_MAX);
        }
        NominationList list = openList(batchId, actor.unitId());
        list.recordEvaluation(method, date, trimmed(summary));
        audit.record(new AuditEntry(actor, "NOMINATION_LIST", list.getId(), unitName(actor.unitId()),
                "RECORD_EVALUATION", null, null, null)
                .withNote("audit.note.evaluation", AuditEntry.labels("evaluation." + method.name()), date));
    }

    /** 本地公示: the unit's own notice of its nominees, and its result. */
    @Transactional
    public void confirmNotice(long batchId, Actor actor, LocalDate starts, LocalDate ends, NoticeResult result,
            String note) {
        if (starts == null || ends == null || result == null) {
            throw new Refusal("nomination.notice.required");
        }
        if (ends.isBefore(starts)) {
            throw new Refusal("nomination.notice.order");
        }
        if (ends.isAfter(LocalDate.now(clock))) {
            throw new Refusal("nomination.notice.notOver", ends);
        }
        if (result == NoticeResult.OBJECTIONS_HANDLED && (note == null || note.isBlank())) {
            throw new Refusal("nomination.notice.noteRequired");
        }
        if (note != null && note.trim().length() > TEXT_MAX) {
            throw Refusal.onField("note", "form.text.tooLong", TEXT_MAX);
        }
        NominationList list = openList(batchId, actor.unitId());
        list.confirmNotice(starts, ends, result, trimmed(note));
        audit.record(new AuditEntry(actor, "NOMINATION_LIST", list.getId(), unitName(actor.unitId()),
                "CONFIRM_NOTICE", null, null, null)
                .withNote("audit.note.localNotice", starts, ends, AuditEntry.labels("noticeResult." + result.name())));
    }

    /**
     * Forwards the whole list at once: every nominee of the unit goes to the office. Needs the
     * confirmed local notice and the deadline (or the office's extension); locks the list after.
     */
    @Transactional
    public int forward(long batchId, Actor actor) {
        NominationList list = lockedList(batchId, actor.unitId());
        if (list.isForwarded()) {
            throw new Refusal("nomination.locked");
        }
        if (!list.isNoticeConfirmed()) {
            throw new Refusal("nomination.forward.noticeFirst");
        }
        LocalDate deadline = deadline(batchId, list);
        if (deadline != null && LocalDate.now(clock).isAfter(deadline)) {
            throw new Refusal("nomination.forward.overdue", deadline);
        }
        List<Application> nominees = applications.search(actor.scope(),
                new ApplicationFilter(ApplicationStatus.NOMINATED, batchId, null, null, null),
                Pageable.unpaged()).getContent();
        if (nominees.isEmpty()) {
            throw new Refusal("nomination.forward.empty");
        }
        // every nominee goes with the unit's opinion, printed on its 推荐表 (those nominated before it was asked for)
        List<String> withoutOpinion = nominees.stream().filter(nominee -> nominee.getRecommenderOpinion() == null)
                .map(Application::getApplicantName).toList();
        if (!withoutOpinion.isEmpty()) {
            throw new Refusal("nomination.forward.opinionMissing", String.join("、", withoutOpinion));
        }
        nominees.forEach(nominee -> applications.fire(nominee.getId(), WorkflowEvent.FORWARD, actor, null,
                TransitionFacts.localNoticeWasConfirmed()));
        list.markForwarded(actor.username(), Instant.now(clock));
        audit.record(new AuditEntry(actor, "NOMINATION_LIST", list.getId(), unitName(actor.unitId()), "FORWARD_LIST",
                null, null, null).withNote("audit.note.forwarded", nominees.size()));
        return nominees.size();
    }

    /** The office gives one unit more time to forward, with a reason. */
    @Transactional
    public void extendDeadline(long batchId, long unitId, LocalDate to, String reason, Actor actor) {
        if (to == null || reason == null || reason.isBlank()) {
            throw new Refusal("nomination.extension.required");
        }
        if (reason.trim().length() > EXTENSION_REASON_MAX) {
            throw Refusal.onField("reason", "form.text.tooLong", EXTENSION_REASON_MAX);
        }
        batchForQuota(batchId);
        recommendingUnit(unitId);
        NominationList list = lockedList(batchId, unitId);
        list.extendDeadline(to, reason.trim());
        audit.record(new AuditEntry(actor, "NOMINATION_LIST", list.getId(), unitName(unitId), "EXTEND_DEADLINE",
                null, to.toString(), reason.trim()));
    }

    /** For each recommending unit: quota, nominated, forwarded, deadline, overdue. Three queries. */
    public List<UnitProgress> progress(long batchId) {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        Map<Long, Quota> quotaByUnit = quotas.findByBatchIdOrderByUnitId(batchId).stream()
                .collect(Collectors.toMap(Quota::getUnitId, quota -> quota));
        Map<Long, NominationList> listByUnit = lists.findByBatchId(batchId).stream()
                .collect(Collectors.toMap(NominationList::getUnitId, list -> list));
        LocalDate today = LocalDate.now(clock);
        return organization.tree().stream().filter(unit -> unit.kind() == UnitKind.RECOMMENDER).map(unit -> {
            Quota quota = quotaByUnit.get(unit.id());
            NominationList list = listByUnit.get(unit.id());
            LocalDate deadline = list != null && list.getDeadlineExtendedTo() != null ? list.getDeadlineExtendedTo()
                    : batch.recommenderDeadline();
            boolean forwarded = list != null && list.isForwarded();
            return new UnitProgress(unit.id(), unit.name(), quota == null ? null : quota.getPlaces(),
                    quota == null ? 0 : quota.getUsed(), forwarded, deadline,
                    list != null && list.getDeadlineExtendedTo() != null,
                    !forwarded && deadline != null && today.isAfter(deadline));
        }).toList();
    }

    /**
     * 推荐单位报送进度 of each of these batches that expects a list from some unit (the home page's dashboard). A unit
     * is expected once its list is begun, or when it has places and a candidate: an application of its subtree
     * endorsed to it or nominated (what {@link #forward} needs: it refuses an empty list). {@code applications}:
     * the batches' applications by status and employer, as {@link Applications#countByBatchStatusAndUnit} gives
     * them to the office, whose scope is every unit. One statement whatever the number of batches.
     */
    public List<Forwarding> forwarding(Collection<Long> batchIds, Collection<BatchStatusCount> applications) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> candidates = candidatePaths(applications);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (Object[] row : lists.forwarding(batchIds)) {
            long batchId = number(row[0]);
            String unit = "/" + number(row[1]) + "/";
            boolean places = Boolean.TRUE.equals(row[2]);
            boolean begun = Boolean.TRUE.equals(row[3]);
            boolean expected = begun || places && candidates.getOrDefault(batchId, Set.of()).stream()
                    .anyMatch(path -> path.contains(unit));
            if (expected) {
                tallies.computeIfAbsent(batchId, Tally::new).add(Boolean.TRUE.equals(row[4]), date(row[5]), today);
            }
        }
        return tallies.values().stream().map(Tally::forwarding).toList();
    }

    /**
     * The recommending units expected to forward a list in each of these batches (as {@link #forwarding} counts
     * them) that have not, each with its deadline: the office's extension, else the batch's (none: not listed).
     * Not scoped: the reminders of the units' deadline, a system task. Two statements.
     */
    public List<ListDue> listsDue(Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> candidates = candidatePaths(applications.countByBatchStatusAndUnit(
                Actor.system("reminders").scope(), batchIds));
        Map<Long, LocalDate> batchDeadlines = new HashMap<>();
        List<ListDue> due = new ArrayList<>();
        for (Object[] row : lists.forwarding(batchIds)) {
            long batchId = number(row[0]);
            long unitId = number(row[1]);
            String unit = "/" + unitId + "/";
            boolean places = Boolean.TRUE.equals(row[2]);
            boolean begun = Boolean.TRUE.equals(row[3]);
            boolean forwarded = Boolean.TRUE.equals(row[4]);
            LocalDate extendedTo = date(row[5]);
            boolean expected = begun || places && candidates.getOrDefault(batchId, Set.of()).stream()
                    .anyMatch(path -> path.contains(unit));
            if (!expected || forwarded) {
                continue;
            }
            LocalDate deadline = extendedTo != null ? extendedTo : batchDeadlines.computeIfAbsent(batchId,
                    id -> programs.batch(id).map(BatchSummary::recommenderDeadline).orElse(null));
            if (deadline != null) {
                due.add(new ListDue(batchId, unitId, deadline, extendedTo != null));
            }
        }
        return due;
    }

    /** The employers' paths of each batch's candidates (endorsed or nominated): a unit has one when its id is on such a path. */
    private static Map<Long, Set<String>> candidatePaths(Collection<BatchStatusCount> applications) {
        Map<Long, Set<String>> candidates = new HashMap<>();
        for (BatchStatusCount row : applications) {
            boolean candidate = row.status() == ApplicationStatus.ENDORSED
                    || row.status() == ApplicationStatus.NOMINATED;
            if (candidate && row.count() > 0 && row.unitPath() != null) {
                candidates.computeIfAbsent(row.batchId(), batch -> new HashSet<>()).add(row.unitPath());
            }
        }
        return candidates;
    }

    /** The units expected to forward in one batch, counted as {@link Forwarding} reports them. */
    private static final class Tally {

        private final long batchId;
        private long expected;
        private long forwarded;
        private long waiting;
        private long extendedWaiting;
        private LocalDate nextExtension;
        private long extendedOverdue;
        private LocalDate firstOverdueExtension;

        Tally(long batchId) {
            this.batchId = batchId;
        }

        void add(boolean isForwarded, LocalDate extendedTo, LocalDate today) {
            expected++;
            if (isForwarded) {
                forwarded++;
            } else if (extendedTo == null) {
                waiting++;
            } else if (!extendedTo.isBefore(today)) {
                extendedWaiting++;
                nextExtension = nextExtension == null || extendedTo.isBefore(nextExtension) ? extendedTo
                        : nextExtension;
            } else {
                extendedOverdue++;
                firstOverdueExtension = firstOverdueExtension == null || extendedTo.isBefore(firstOverdueExtension)
                        ? extendedTo : firstOverdueExtension;
            }
        }

        Forwarding forwarding() {
            return new Forwarding(batchId, expected, forwarded, waiting, extendedWaiting, nextExtension,
                    extendedOverdue, firstOverdueExtension);
        }
    }

    /**
     * The unit's part in each of these batches where it was given places or began a list (its home page): one
     * statement.
     */
    public List<UnitList> listsOf(long unitId, Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        return lists.listsOf(unitId, batchIds).stream()
                .map(row -> new UnitList(number(row[0]), row[1] == null ? null : (int) number(row[1]),
                        (int) number(row[2]), Boolean.TRUE.equals(row[3]), Boolean.TRUE.equals(row[4]),
                        Boolean.TRUE.equals(row[5]), date(row[6]), date(row[7])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A date column of a native query: java.time by default, the JDBC type where configured so. */
    private static LocalDate date(Object value) {
        return value == null ? null
                : value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    private LocalDate deadline(long batchId, NominationList list) {
        return list.getDeadlineExtendedTo() != null ? list.getDeadlineExtendedTo()
                : programs.batch(batchId).map(BatchSummary::recommenderDeadline).orElse(null);
    }

    private NominationList openList(long batchId, long unitId) {
        NominationList list = lockedList(batchId, unitId);
        if (list.isForwarded()) {
            throw new Refusal("nomination.locked");
        }
        return list;
    }

    /** The unit's list for the batch, created on first use, locked for this transaction. */
    private NominationList lockedList(long batchId, long unitId) {
        programs.batch(batchId).orElseThrow(() -> new NotFound("batch " + batchId));
        lists.createIfMissing(batchId, unitId);
        return lists.lockByBatchIdAndUnitId(batchId, unitId).orElseThrow();
    }


    private String unitName(long unitId) {
        return organization.unit(unitId).map(unit -> unit.name()).orElse(String.valueOf(unitId));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Optional<Quota> quota(long batchId, long unitId) {
        return quotas.findByBatchIdAndUnitId(batchId, unitId);
    }

    public List<Quota> quotas(long batchId) {
        return quotas.findByBatchIdOrderByUnitId(batchId);
    }

    /** Sets a unit's quota for a batch; never below the places already used. */
    @Transactional
    public void setQuota(long batchId, long unitId, int places, Actor actor) {
        BatchSummary batch = batchForQuota(batchId);
        UnitNode unit = recommendingUnit(unitId);
        if (places < 0) {
            throw new Refusal("quota.negative");
        }
        if (places > PLACES_MAX) {
            throw Refusal.onField("places", "quota.tooMany", PLACES_MAX);
        }
        Quota quota = quotas.findByBatchIdAndUnitId(batchId, unitId).orElse(null);
        if (quota == null) {
            quota = quotas.save(new Quota(batchId, unitId, places));
        } else if (quotas.resize(quota.getId(), places) == 0) {
            throw new Refusal("quota.belowUsed", quota.getUsed());
        }
        audit.record(new AuditEntry(actor, "QUOTA", quota.getId(), unit.name(), "SET_QUOTA", null, null, null)
                .withNote("audit.note.quota", batch.title(), places));
    }

    /** A quota's batch: one that exists. */
    private BatchSummary batchForQuota(long batchId) {
        return programs.batch(batchId).orElseThrow(() -> new Refusal("application.batchMissing"));
    }

    /**
     * Quotas, and the deadlines they come with, are for recommending units (推荐单位) only: not for the
     * office, an employer, a department, or a unit that does not exist.
     */
    private UnitNode recommendingUnit(long unitId) {
        return organization.unit(unitId).filter(unit -> unit.kind() == UnitKind.RECOMMENDER)
                .orElseThrow(() -> Refusal.onField("unitId", "quota.unit.notRecommender"));
    }

    /** The category caps of a batch's quotas, by quota id and category id. */
    public Map<Long, Map<Long, CategoryQuota>> categoryQuotas(long batchId) {
        List<Long> ids = quotas(batchId).stream().map(Quota::getId).toList();
        Map<Long, Map<Long, CategoryQuota>> caps = new HashMap<>();
        if (!ids.isEmpty()) {
            categoryQuotas.findByQuotaIdIn(ids).forEach(cap -> caps.computeIfAbsent(cap.getQuotaId(),
                    key -> new HashMap<>()).put(cap.getCategoryId(), cap));
        }
        return caps;
    }

    /**
     * 分类别名额: caps how many of a unit's places one category may take (null removes the cap).
     * Set before the unit nominates in that category; changed later never below what is used.
     */
    @Transactional
    public void setCategoryQuota(long batchId, long unitId, long categoryId, Integer places, Actor actor) {
        BatchSummary batch = batchForQuota(batchId);
        UnitNode unit = recommendingUnit(unitId);
        String categoryName = programs.categoryNamesOf(batch.programId()).get(categoryId);
        if (categoryName == null) {
            throw Refusal.onField("categoryId", "quota.category.notOfBatch", batch.title());
        }
        Quota quota = quotas.findByBatchIdAndUnitId(batchId, unitId)
                .orElseThrow(() -> new Refusal("quota.categoryNeedsQuota"));
        CategoryQuota cap = categoryQuotas.findByQuotaIdAndCategoryId(quota.getId(), categoryId).orElse(null);
        if (places != null && (places < 0 || places > quota.getPlaces())) {
            throw new Refusal("quota.categoryRange", quota.getPlaces());
        }
        if (cap == null && places != null) {
            if (nominatedIn(batchId, unitId, categoryId) > 0) {
                throw new Refusal("quota.categoryTooLate");
            }
            categoryQuotas.save(new CategoryQuota(quota.getId(), categoryId, places));
        } else if (cap != null && places == null) {
            if (cap.getUsed() > 0) {
                throw new Refusal("quota.categoryTooLate");
            }
            categoryQuotas.delete(cap);
        } else if (cap != null && categoryQuotas.resize(cap.getId(), places) == 0) {
            throw new Refusal("quota.belowUsed", cap.getUsed());
        }
        audit.record(new AuditEntry(actor, "QUOTA", quota.getId(), unit.name(), "SET_CATEGORY_QUOTA", null, null,
                null).withNote(places == null ? "audit.note.categoryQuota.none" : "audit.note.categoryQuota",
                        batch.title(), categoryName, places));
    }

    private long nominatedIn(long batchId, long unitId, long categoryId) {
        return applications.search(organization.unit(unitId).map(unit -> new DataScope(
                DataScope.Kind.SUBTREE, unit.path(), unitId, 0)).orElseThrow(),
                new ApplicationFilter(ApplicationStatus.NOMINATED, batchId, null, categoryId, null),
                PageRequest.of(0, 1)).getTotalElements();
    }

    /**
     * Nominates an endorsed application of the actor's subtree with the unit's opinion (推荐意见, printed
     * on the 推荐表; required), taking one of the unit's places.
     */
    @Transactional
    public void nominate(long applicationId, Actor actor, String opinion) {
        Application application = visible(applicationId, actor);
        // the workflow's refusal (no longer endorsed, say) comes before the quota's, and takes no place
        ApplicationWorkflow.decide(application.getStatus(), WorkflowEvent.NOMINATE, actor, null, TransitionFacts.NONE);
        requireOpinion(opinion);
        // the list's row lock orders nominations against forwarding: none slips in after the list left
        openList(application.getBatchId(), actor.unitId());
        Quota quota = quotas.findByBatchIdAndUnitId(application.getBatchId(), actor.unitId())
                .orElseThrow(() -> new Refusal("quota.none"));
        if (quotas.takePlace(application.getBatchId(), actor.unitId()) == 0) {
            throw new Refusal("quota.full", quota.getPlaces(), quota.getPlaces());
        }
        // a category cap, if set, is taken in the same transaction: refused, the unit's place goes back too
        var cap = categoryQuotas.findByQuotaIdAndCategoryId(quota.getId(), application.getCategoryId());
        if (cap.isPresent() && categoryQuotas.takePlace(quota.getId(), application.getCategoryId()) == 0) {
            throw new Refusal("quota.categoryFull", cap.get().getPlaces());
        }
        applications.fire(applicationId, WorkflowEvent.NOMINATE, actor, opinion.trim(), TransitionFacts.NONE);
    }

    /** 修改推荐意见: the unit revises its opinion of a nominee while its list is still open. */
    @Transactional
    public void reviseOpinion(long applicationId, Actor actor, String opinion) {
        Application application = visible(applicationId, actor);
        // only the unit whose list the nominee is on (the recommending unit above its employer) writes its opinion
        boolean own = organization.recommendingUnitOf(application.getEmployerUnitId())
                .map(unit -> unit.id() == actor.unitId()).orElse(false);
        if (!own) {
            throw new NotFound("application " + applicationId);
        }
        requireOpinion(opinion);
        openList(application.getBatchId(), actor.unitId());
        applications.reviseRecommenderOpinion(applicationId, actor, opinion);
    }

    /** A unit's opinion of a candidate: required, at most {@link Applications#OPINION_MAX} characters. */
    private static void requireOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw Refusal.onField("opinion", "opinion.required");
        }
        if (opinion.trim().length() > Applications.OPINION_MAX) {
            throw Refusal.onField("opinion", "opinion.tooLong", Applications.OPINION_MAX);
        }
    }

    @Transactional
    public void decline(long applicationId, Actor actor, String reason) {
        openList(visible(applicationId, actor).getBatchId(), actor.unitId());
        applications.fire(visible(applicationId, actor).getId(), WorkflowEvent.DECLINE, actor, reason,
                TransitionFacts.NONE);
    }

    @Transactional
    public void returnToEmployer(long applicationId, Actor actor, String reason) {
        openList(visible(applicationId, actor).getBatchId(), actor.unitId());
        applications.fire(visible(applicationId, actor).getId(), WorkflowEvent.RETURN_TO_EMPLOYER, actor, reason,
                TransitionFacts.NONE);
    }

    /** A nominee who withdraws gives the place back to the recommending unit. */
    @EventListener
    @Transactional
    public void onStatusChanged(ApplicationStatusChanged change) {
        if (change.from() == ApplicationStatus.NOMINATED && change.to() == ApplicationStatus.WITHDRAWN) {
            organization.recommendingUnitOf(change.employerUnitId()).ifPresent(unit -> {
                quotas.releasePlace(change.batchId(), unit.id());
                quotas.findByBatchIdAndUnitId(change.batchId(), unit.id()).ifPresent(quota -> applications
                        .find(change.applicationId()).ifPresent(application -> categoryQuotas
                                .releasePlace(quota.getId(), application.getCategoryId())));
            });
        }
    }

    private Application visible(long applicationId, Actor actor) {
        return applications.findVisible(applicationId, actor.scope())
                .orElseThrow(() -> new Refusal("application.missing"));
    }
}
