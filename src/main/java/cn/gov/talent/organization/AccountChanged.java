package cn.gov.talent.organization;

/**
 * What a signed-in session relies on changed for this account (its roles, unit or whether it may
 * sign in): its open sessions end, so the change takes effect at once rather than at next sign-in.
 */
public record AccountChanged(String username) {
}
