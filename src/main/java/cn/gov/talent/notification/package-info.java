/**
 * In-app notifications (站内消息): every state change tells the next actor, and the applicant,
 * what happened and where to act. E-mail can follow the same path later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"application", "organization", "shared"})
package cn.gov.talent.notification;
