package cn.gov.talent.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.gov.talent.shared.Role;

/**
 * The audit trail's public face. {@link #record} joins the caller's transaction, so a state
 * change and its audit line are committed together or not at all.
 */
@Service
public class AuditTrail {

    private final AuditRecordRepository records;
    private final Clock clock;

    AuditTrail(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        String roles = entry.actor().roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        records.save(new AuditRecord(entry, roles, clientAddress(), Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, Pageable pageable) {
        return records.findAll(filter.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> historyOf(String subjectType, long subjectId) {
        return records.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(subjectType, subjectId);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
