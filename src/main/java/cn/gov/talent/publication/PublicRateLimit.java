package cn.gov.talent.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.TooManyRequests;
import cn.gov.talent.web.RateLimits;

/**
 * Rate limits of the public look-ups that take a secret (a certificate's verification code, an
 * objection's receipt code), per client address, so that nobody can try codes in bulk: at most so many
 * look-ups per address in each window ({@link RateLimits}).
 */
@Component
class PublicRateLimit {

    /** What is limited, with its name in the table. */
    enum Check {
        CERTIFICATE("certificate-verification"), RECEIPT("objection-receipt");

        final String bucket;

        Check(String bucket) {
            this.bucket = bucket;
        }
    }

    private final RateLimits rateLimits;
    private final int certificateChecks;
    private final int receiptChecks;

    PublicRateLimit(RateLimits rateLimits,
            @Value("${talent.rate-limit.certificate-verifications:30}") int certificateChecks,
            @Value("${talent.rate-limit.objection-receipts:30}") int receiptChecks) {
        this.rateLimits = rateLimits;
        this.certificateChecks = certificateChecks;
        this.receiptChecks = receiptChecks;
    }

    /** How many look-ups of this kind one address may make in a window. */
    int limit(Check check) {
        return check == Check.CERTIFICATE ? certificateChecks : receiptChecks;
    }

    /** Counts one look-up from this address; throws {@link TooManyRequests} when it is over the limit. */
    void count(Check check, String clientAddress) {
        rateLimits.count(check.bucket, limit(check), clientAddress).ifPresent(retryAfter -> {
            throw new TooManyRequests(retryAfter);
        });
    }
}
