package cn.gov.talent.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** 审计记录: one line of the audit trail, never changed once written. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "actor_roles")
    private String actorRoles;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_label")
    private String subjectLabel;

    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String reason;

    protected AuditRecord() {
    }

    AuditRecord(AuditEntry entry, String actorRoles, String clientAddress, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actorUserId = entry.actor().userId();
        this.actorUsername = entry.actor().username();
        this.actorRoles = actorRoles;
        this.clientAddress = clientAddress;
        this.subjectType = entry.subjectType();
        this.subjectId = entry.subjectId();
        this.subjectLabel = entry.subjectLabel();
        this.action = entry.action();
        this.fromState = entry.fromState();
        this.toState = entry.toState();
        this.reason = entry.reason();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }
}
