/**
 * In-app notifications (站内消息): every state change tells the next actor, and the applicant,
 * what happened and where to act. Each message also goes by e-mail to whoever wants it, through an
 * outbox written in the same transaction and delivered after the commit (ADR 0033); the administrator
 * sees the outbox and resends what failed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"application", "audit", "organization", "shared", "web"})
package cn.gov.talent.notification;
