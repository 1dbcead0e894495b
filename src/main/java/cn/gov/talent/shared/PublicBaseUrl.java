package cn.gov.talent.shared;

/**
 * The address at which the public reaches this system, such as {@code https://rencai.example.gov.cn}
 * ({@code talent.public-base-url}): certificates print their verification address with it and encode
 * it in their QR codes. Without a trailing slash. The {@code prod} profile refuses to start without it,
 * and with a local address.
 */
public record PublicBaseUrl(String value) {

    public PublicBaseUrl {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A public base URL is needed");
        }
        value = value.strip().replaceAll("/+$", "");
    }

    /** This address followed by a path of the application, such as {@code /public/verify}. */
    public String resolve(String path) {
        return value + path;
    }

    @Override
    public String toString() {
        return value;
    }
}
