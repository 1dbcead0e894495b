package cn.gov.talent.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.BoundedPage;
import cn.gov.talent.shared.Role;

/**
 * The audit trail's public face. {@link #record} and {@link #recordAll} join the caller's
 * transaction, so a state change and its audit line are committed together or not at all.
 */
@Service
public class AuditTrail {

    private final AuditRecordRepository records;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EntityManager entityManager;

    AuditTrail(AuditRecordRepository records, JdbcTemplate jdbc, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        records.save(new AuditRecord(entry, roles(entry.actor()), clientAddress(), Instant.now(clock)));
    }

    /**
     * The lines {@link #record} would write for each entry, in order, at one instant and with one
     * statement: a whole round's draw records 20,000 transitions, and one insert each was a
     * quarter of its time ({@code bench/run.sh}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int size = entries.size();
        Long[] actorIds = new Long[size];
        String[] usernames = new String[size];
        String[] roles = new String[size];
        String[] subjectTypes = new String[size];
        Long[] subjectIds = new Long[size];
        String[] labels = new String[size];
        String[] actions = new String[size];
        String[] fromStates = new String[size];
        String[] toStates = new String[size];
        String[] reasons = new String[size];
        String[] noteKeys = new String[size];
        String[] noteArgs = new String[size];
        Long[] unitIds = new Long[size];
        for (int i = 0; i < size; i++) {
            AuditEntry entry = entries.get(i);
            actorIds[i] = entry.actor().userId();
            usernames[i] = entry.actor().username();
            roles[i] = roles(entry.actor());
            subjectTypes[i] = entry.subjectType();
            subjectIds[i] = entry.subjectId();
            labels[i] = entry.subjectLabel();
            actions[i] = entry.action();
            fromStates[i] = entry.fromState();
            toStates[i] = entry.toState();
            reasons[i] = entry.reason();
            noteKeys[i] = entry.noteKey();
            noteArgs[i] = AuditRecord.joinArguments(entry.noteArguments());
            unitIds[i] = AuditRecord.unitOf(entry.actor());
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        String address = clientAddress();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into audit_record (occurred_at, client_address, actor_user_id, actor_username, actor_roles,
                        subject_type, subject_id, subject_label, action, from_state, to_state, reason, note_key,
                        note_args, actor_unit_id)
                    select ?, ?, line.actor_user_id, line.actor_username, line.actor_roles, line.subject_type,
                        line.subject_id, line.subject_label, line.action, line.from_state, line.to_state, line.reason,
                        line.note_key, line.note_args, line.actor_unit_id
                    from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[]) with ordinality
                        as line (actor_user_id, actor_username, actor_roles, subject_type, subject_id, subject_label,
                            action, from_state, to_state, reason, note_key, note_args, actor_unit_id, n)
                    order by line.n
                    """);
            insert.setObject(1, now);
            insert.setString(2, address);
            insert.setArray(3, connection.createArrayOf("bigint", actorIds));
            insert.setArray(4, connection.createArrayOf("text", usernames));
            insert.setArray(5, connection.createArrayOf("text", roles));
            insert.setArray(6, connection.createArrayOf("text", subjectTypes));
            insert.setArray(7, connection.createArrayOf("bigint", subjectIds));
            insert.setArray(8, connection.createArrayOf("text", labels));
            insert.setArray(9, connection.createArrayOf("text", actions));
            insert.setArray(10, connection.createArrayOf("text", fromStates));
            insert.setArray(11, connection.createArrayOf("text", toStates));
            insert.setArray(12, connection.createArrayOf("text", reasons));
            insert.setArray(13, connection.createArrayOf("text", noteKeys));
            insert.setArray(14, connection.createArrayOf("text", noteArgs));
            insert.setArray(15, connection.createArrayOf("bigint", unitIds));
            return insert;
        });
    }

    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, Pageable pageable) {
        // 1.5 million lines: the page reads its rows from the index and counts at most 10,000 (issue 18)
        return BoundedPage.of(records, entityManager, AuditRecord.class, filter.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> historyOf(String subjectType, long subjectId) {
        return records.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(subjectType, subjectId);
    }

    private static String roles(Actor actor) {
        return actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
