package cn.gov.talent.organization;

import java.time.Instant;

/**
 * Sign-in with an account's user name from one client address, paused after too many failures from
 * there (other addresses are not affected): what the administrator sees beside the account.
 */
public record SignInPause(String clientAddress, int failures, Instant until) {
}
