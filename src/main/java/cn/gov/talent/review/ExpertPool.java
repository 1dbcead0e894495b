package cn.gov.talent.review;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.Discipline;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/** 专家库: the pool of experts the draw chooses from. */
@Service
@Transactional(readOnly = true)
public class ExpertPool {

    /** Why an expert was suspended or reactivated (expert.status_reason, varchar(1000)). */
    static final int REASON_MAX = 1000;

    private final ExpertRepository experts;
    private final Programs programs;
    private final AuditTrail audit;
    private final Clock clock;

    ExpertPool(ExpertRepository experts, Programs programs, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.experts = experts;
        this.programs = programs;
        this.audit = audit;
    }

    /** Suspends (with a reason, 002 art. 20) or reactivates an expert; audited. */
    @Transactional
    public void changeStatus(long expertId, ExpertStatus status, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("expert.status.reasonRequired");
        }
        if (reason.trim().length() > REASON_MAX) {
            throw new Refusal("form.text.tooLong", REASON_MAX);
        }
        Expert expert = experts.findById(expertId).orElseThrow();
        String before = expert.getStatus().name();
        expert.changeStatus(status, reason.trim());
        audit.record(new AuditEntry(actor, "EXPERT", expert.getId(), expert.getFullName(),
                status == ExpertStatus.SUSPENDED ? "SUSPEND_EXPERT" : "REACTIVATE_EXPERT", before, status.name(),
                reason.trim()));
    }

    public Expert expert(long id) {
        return experts.findById(id).orElseThrow();
    }

    /** The edit form of an expert, disciplines read in the same transaction. */
    public ExpertForm form(long id) {
        return ExpertForm.of(expert(id));
    }

    /** The office corrects an expert's details; audited, with the disciplines before and after. */
    @Transactional
    public void update(long expertId, ExpertForm form, Actor actor) {
        Expert expert = experts.findById(expertId).orElseThrow();
        if (expert.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Expert.class, expertId);
        }
        var chosen = new HashSet<>(programs.disciplines(form.getDisciplines()));
        // every code from the standard's list: an unknown one is refused, not silently dropped
        if (chosen.size() != new HashSet<>(form.getDisciplines()).size()) {
            throw Refusal.onField("disciplines", "expert.form.disciplines.unknown");
        }
        String before = expert.getDisciplines().stream().map(Discipline::getCode).sorted().toList().toString();
        expert.update(form.getFullName().trim(), form.getEmployerName().trim(), ExpertForm.blankToNull(form.getTitle()),
                ExpertForm.blankToNull(form.getPhone()), ExpertForm.blankToNull(form.getEmail()), form.getMaxLoad(),
                chosen);
        audit.record(new AuditEntry(actor, "EXPERT", expertId, expert.getFullName(), "UPDATE_EXPERT", before,
                chosen.stream().map(Discipline::getCode).sorted().toList().toString(), null)
                .withNote("audit.note.expert", form.getMaxLoad()));
    }

    public List<Discipline> disciplines() {
        return programs.disciplines();
    }

    /** One page of the pool, with each expert's disciplines read in the same transaction (batched). */
    public Page<ExpertRow> search(ExpertStatus status, String discipline, Pageable pageable) {
        return experts.findAll(ExpertSearch.of(status, discipline), pageable).map(ExpertRow::of);
    }

    /** The expert behind a user account, if any. */
    public Optional<Long> expertIdOf(long userId) {
        return experts.findByUserId(userId).map(Expert::getId);
    }

    /** Experts' user accounts, for notifications. */
    public List<Long> userIdsOf(Collection<Long> expertIds) {
        return expertIds.isEmpty() ? List.of() : experts.userIdsOf(expertIds);
    }

    /** Experts' names by id (for the office). */
    public Map<Long, String> namesOf(Collection<Long> expertIds) {
        var names = new HashMap<Long, String>();
        experts.findAllById(expertIds).forEach(expert -> names.put(expert.getId(), expert.getFullName()));
        return names;
    }

    public long count() {
        return experts.count();
    }

    @Transactional
    public Expert add(Long userId, String fullName, String employerName, String title, List<String> codes) {
        var chosen = new HashSet<>(programs.disciplines(codes));
        return experts.save(new Expert(userId, fullName, employerName, title, chosen, clock.instant()));
    }
}
