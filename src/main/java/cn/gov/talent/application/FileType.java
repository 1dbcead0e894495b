package cn.gov.talent.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a dossier accepts, recognised by their first bytes, never by the file name:
 * a renamed executable is not a PDF.
 */
enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] signature;

    FileType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<FileType> of(byte[] head) {
        return Arrays.stream(values()).filter(type -> head.length >= type.signature.length
                && Arrays.equals(Arrays.copyOf(head, type.signature.length), type.signature)).findFirst();
    }
}
