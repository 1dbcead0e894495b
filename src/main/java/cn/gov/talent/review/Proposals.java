package cn.gov.talent.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 拟入选名单与征求意见: the office drafts the proposed list from the last round's ranking (a
 * suggested top N per category, sharing the batch's total places in proportion to the reviewed
 * applications), adjusts it with a reason for each change, and confirms it: the applications on
 * it become PROPOSED, the others NOT_SELECTED. The consulted departments then record their opinions.
 */
@Service
@Transactional(readOnly = true)
public class Proposals {

    private final ProposalRepository proposals;
    private final ProposalEntryRepository entries;
    private final DepartmentOpinionRepository opinions;
    private final RoundQueries rounds;
    private final ReviewResultRepository results;
    private final Applications applications;
    private final Programs programs;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Proposals(ProposalRepository proposals, ProposalEntryRepository entries, DepartmentOpinionRepository opinions,
            RoundQueries rounds, ReviewResultRepository results, Applications applications, Programs programs,
            Accounts accounts, Notifications notifications, AuditTrail audit, Clock clock) {
        this.proposals = proposals;
        this.entries = entries;
        this.opinions = opinions;
        this.rounds = rounds;
        this.results = results;
        this.applications = applications;
        this.programs = programs;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Proposal> proposal(long batchId) {
        return proposals.findById(batchId);
    }

    /**
     * Drafts (or drafts again) the list from the last round, which must be aggregated, with no
     * application of the batch still in review.
     */
    @Transactional
    public Proposal draft(long batchId, Actor actor) {
        Proposal existing = proposals.findById(batchId).orElse(null);
        if (existing != null && existing.isConfirmed()) {
            throw new Refusal("proposal.confirmed");
        }
        List<ReviewRound> all = rounds.rounds(batchId);
        ReviewRound last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (last == null || last.getAggregatedAt() == null) {
            throw new Refusal("proposal.lastRoundNotAggregated");
        }
        if (!applications.inBatch(batchId, EnumSet.of(ApplicationStatus.IN_REVIEW)).isEmpty()) {
            throw new Refusal("proposal.stillInReview");
        }
        int places = programs.totalPlaces(batchId).orElseThrow(() -> new Refusal("proposal.noTotalPlaces"));
        Map<Long, Integer> perCategory = share(places, countByCategory(last.getId()));
        Map<Long, ReviewResult> ranked = new HashMap<>();
        results.findByRoundId(last.getId()).forEach(result -> ranked.put(result.getApplicationId(), result));
        if (existing != null) {
            entries.deleteAllInBatch(entries.findByBatchId(batchId));
            proposals.delete(existing);
            proposals.flush();
        }
        Proposal proposal = proposals.save(new Proposal(batchId, last.getId()));
        List<ProposalEntry> list = new ArrayList<>();
        for (Application application : applications.inBatch(batchId, EnumSet.of(ApplicationStatus.REVIEWED))) {
            ReviewResult result = ranked.get(application.getId());
            Integer rank = result == null ? null : result.getRankInCategory();
            boolean suggested = rank != null && rank <= perCategory.getOrDefault(application.getCategoryId(), 0);
            list.add(new ProposalEntry(batchId, application.getId(), application.getCategoryId(),
                    application.getSerialNo(), application.getApplicantName(), application.getEmployerName(),
                    result == null ? null : result.getTrimmedMean(), rank, suggested));
        }
        entries.saveAll(list);
        audit.record(new AuditEntry(actor, "PROPOSAL", batchId, null, "DRAFT_PROPOSAL", null, "DRAFT", null)
                .withNote("audit.note.proposal", places, list.size(), perCategory.size()));
        return proposal;
    }

    /**
     * The suggested number per category: the total places shared in proportion to each category's
     * applications in the last round (largest remainder), never more than a category has.
     */
    static Map<Long, Integer> share(int places, Map<Long, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<Long, Integer> shares = new LinkedHashMap<>();
        if (total == 0) {
            return shares;
        }
        int available = (int) Math.min(places, total);
        Map<Long, Double> remainders = new HashMap<>();
        int given = 0;
        for (var entry : counts.entrySet()) {
            double exact = (double) available * entry.getValue() / total;
            int whole = (int) Math.floor(exact);
            shares.put(entry.getKey(), whole);
            remainders.put(entry.getKey(), exact - whole);
            given += whole;
        }
        List<Long> byRemainder = new ArrayList<>(counts.keySet());
        byRemainder.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)) != 0
                ? Double.compare(remainders.get(b), remainders.get(a)) : Long.compare(a, b));
        for (int i = 0; given < available; i = (i + 1) % byRemainder.size()) {
            Long category = byRemainder.get(i);
            if (shares.get(category) < counts.get(category)) {
                shares.merge(category, 1, Integer::sum);
                given++;
            }
        }
        return shares;
    }

    /** Puts an application on the list or takes it off; a departure from the suggestion needs a reason. */
    @Transactional
    public void decide(long batchId, long applicationId, boolean include, String reason, Actor actor) {
        Proposal proposal = draftOf(batchId);
        ProposalEntry entry = entries.findById(new ProposalEntry.Key(batchId, applicationId))
                .orElseThrow(() -> new Refusal("proposal.entryMissing"));
        if (include != entry.isSuggested() && !StringUtils.hasText(reason)) {
            throw new Refusal("proposal.reasonRequired", entry.getApplicantName());
        }
        if (reason != null && reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        if (include && !entry.isIncluded()) {
            int places = programs.totalPlaces(batchId).orElse(Integer.MAX_VALUE);
            if (entries.countByBatchIdAndIncludedTrue(batchId) >= places) {
                throw new Refusal("proposal.full", places);
            }
        }
        boolean before = entry.isIncluded();
        entry.decide(include, StringUtils.hasText(reason) ? reason.trim() : null, actor.username(),
                Instant.now(clock));
        audit.record(new AuditEntry(actor, "PROPOSAL", proposal.getBatchId(), entry.getSerialNo(),
                include ? "INCLUDE_IN_PROPOSAL" : "EXCLUDE_FROM_PROPOSAL", String.valueOf(before),
                String.valueOf(include), entry.getReason()));
    }

    /** Confirms the list: PROPOSE for those on it, LEAVE_OFF for the rest; the departments are asked. */
    @Transactional
    public void confirm(long batchId, Actor actor) {
        Proposal proposal = draftOf(batchId);
        List<ProposalEntry> list = entries.findByBatchId(batchId);
        long included = list.stream().filter(ProposalEntry::isIncluded).count();
        if (included == 0) {
            throw new Refusal("proposal.empty");
        }
        int places = programs.totalPlaces(batchId).orElse(Integer.MAX_VALUE);
        if (included > places) {
            throw new Refusal("proposal.full", places);
        }
        for (ProposalEntry entry : list) {
            applications.fire(entry.getApplicationId(), entry.isIncluded() ? WorkflowEvent.PROPOSE
                    : WorkflowEvent.LEAVE_OFF, actor, null, TransitionFacts.NONE);
        }
        proposal.confirm(actor.username(), Instant.now(clock));
        audit.record(new AuditEntry(actor, "PROPOSAL", batchId, null, "CONFIRM_PROPOSAL", "DRAFT", "CONFIRMED", null)
                .withNote("audit.note.proposal.confirmed", included, list.size() - included));
        notifications.send(accounts.userIdsWithRole(Role.DEPARTMENT), "notification.consultation.requested",
                programs.batch(batchId).map(batch -> batch.title()).orElse(""), "/review/consultation/" + batchId);
    }

    public Page<ProposalEntry> entries(long batchId, Long categoryId, Boolean included, Pageable pageable) {
        return entries.search(batchId, categoryId, included, pageable);
    }

    public Map<Long, Long> includedByCategory(long batchId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        entries.includedByCategory(batchId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** 征求意见: a department records (or revises) its unit's opinion on a confirmed list. */
    @Transactional
    public void recordOpinion(long batchId, Actor department, String fullName, String unitName, Boolean agree,
            String comment) {
        Proposal proposal = proposals.findById(batchId).filter(Proposal::isConfirmed)
                .orElseThrow(() -> new Refusal("consultation.notOpen"));
        if (!applications.inBatch(batchId, EnumSet.of(ApplicationStatus.IN_NOTICE, ApplicationStatus.APPROVED,
                ApplicationStatus.SELECTED, ApplicationStatus.REMOVED)).isEmpty()) {
            throw new Refusal("consultation.closed");
        }
        if (agree == null) {
            throw new Refusal("consultation.choiceRequired");
        }
        if (!agree && !StringUtils.hasText(comment)) {
            throw new Refusal("consultation.commentRequired");
        }
        if (comment != null && comment.length() > 2000) {
            throw new Refusal("consultation.commentTooLong");
        }
        DepartmentOpinion opinion = opinions.findByBatchIdAndUnitId(batchId, department.unitId())
                .orElseGet(() -> new DepartmentOpinion(batchId, department.unitId(), unitName));
        boolean revised = opinion.getId() != null;
        opinion.record(department.userId(), fullName, agree, StringUtils.hasText(comment) ? comment.trim() : null,
                Instant.now(clock));
        opinions.save(opinion);
        audit.record(new AuditEntry(department, "PROPOSAL", proposal.getBatchId(), unitName,
                revised ? "REVISE_OPINION" : "RECORD_OPINION", null, agree ? "AGREE" : "DISAGREE", opinion.getComment()));
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.consultation.recorded", unitName,
                "/review/batches/" + batchId + "/proposal");
    }

    public List<DepartmentOpinion> opinions(long batchId) {
        return opinions.findByBatchIdOrderByRecordedAtAsc(batchId);
    }

    public Optional<DepartmentOpinion> opinionOf(long batchId, long unitId) {
        return opinions.findByBatchIdAndUnitId(batchId, unitId);
    }

    /** The departments consulted (units with a DEPARTMENT user) that have not yet answered. */
    public List<String> awaitedDepartments(long batchId) {
        Map<Long, String> consulted = accounts.unitsWithRole(Role.DEPARTMENT);
        opinions(batchId).forEach(opinion -> consulted.remove(opinion.getUnitId()));
        return List.copyOf(consulted.values());
    }

    /** How many departments are consulted on a proposed list (units with a DEPARTMENT user): one query. */
    public int consultedDepartments() {
        return accounts.unitsWithRole(Role.DEPARTMENT).size();
    }

    /**
     * Where the review of each of these batches stands, for those with a round (the home page's dashboard): the
     * latest round's reviews and, where the proposed list is confirmed, the departments consulted now and how many
     * of them answered (an opinion of a unit no longer consulted counts for nothing, as in
     * {@link #awaitedDepartments}). One statement whatever the number of batches, and one more for the
     * departments when some list is confirmed.
     */
    public List<BatchReview> progressByBatch(Collection<Long> batchIds) {
        List<RoundQueries.BatchRound> progress = rounds.progressByBatch(batchIds);
        Set<Long> consulted = progress.stream().anyMatch(RoundQueries.BatchRound::proposalConfirmed)
                ? accounts.unitsWithRole(Role.DEPARTMENT).keySet() : Set.of();
        return progress.stream().map(batch -> {
            long opinions = batch.proposalConfirmed()
                    ? batch.opinionUnits().stream().filter(consulted::contains).count() : 0;
            long departments = batch.proposalConfirmed() ? consulted.size() : 0;
            return new BatchReview(batch.batchId(), batch.round(), batch.deadline(), batch.assigned(),
                    batch.submitted(), batch.proposalConfirmed(), opinions, departments);
        }).toList();
    }

    /** Every consulted department has answered: the public notice may start (publication stage). */
    public boolean consultationComplete(long batchId) {
        return proposal(batchId).map(Proposal::isConfirmed).orElse(false) && awaitedDepartments(batchId).isEmpty();
    }

    /** The confirmed lists the departments are asked about. */
    public List<Proposal> confirmed() {
        return proposals.findAll().stream().filter(Proposal::isConfirmed).toList();
    }

    private Map<Long, Long> countByCategory(long roundId) {
        Map<Long, Long> counts = new TreeMap<>();
        results.countByCategory(roundId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private Proposal draftOf(long batchId) {
        Proposal proposal = proposals.findById(batchId).orElseThrow(() -> new Refusal("proposal.missing"));
        if (proposal.isConfirmed()) {
            throw new Refusal("proposal.confirmed");
        }
        return proposal;
    }
}
