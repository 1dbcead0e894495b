/**
 * The audit trail (操作日志): every state change and every administrative action, with who,
 * when, from where, from which state to which, and why. Append-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = "shared")
package cn.gov.talent.audit;
