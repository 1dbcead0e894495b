package cn.gov.talent.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.talent.storage.ContentMismatch;
import cn.gov.talent.storage.FileStore;
import cn.gov.talent.storage.StoredContent;

/**
 * Copies every content of one store that the other lacks (a directory into the object store, ADR 0037). Both
 * are listed in order of key and walked side by side, so a content already in the target costs no request of
 * its own and a rerun after an interruption, or after more uploads, copies only what is new. A content is
 * copied only if what is read hashes to its name ({@link FileStore#put(InputStream, String)}): a damaged file
 * is reported and left out. One already in the target with another size is reported, never overwritten.
 * Nothing is deleted on either side.
 */
public class FileStoreMigration {

    private static final Logger log = LoggerFactory.getLogger(FileStoreMigration.class);

    /** Failures in a row after which the target is taken to be unreachable and the run stops. */
    static final int MAX_FAILURES_IN_A_ROW = 10;

    private static final int PROGRESS_EVERY = 1000;

    private final FileStore source;
    private final FileStore target;

    public FileStoreMigration(FileStore source, FileStore target) {
        this.source = source;
        this.target = target;
    }

    /**
     * What a run did.
     *
     * @param listed contents found in the source
     * @param copied contents copied
     * @param bytesCopied their bytes
     * @param alreadyThere contents the target had already, with the same size
     * @param corrupted source files whose content does not hash to their name (not copied)
     * @param differing contents the target has with another size (not overwritten)
     * @param failed contents that could not be read or written (not copied)
     */
    public record Result(long listed, long copied, long bytesCopied, long alreadyThere, long corrupted,
            long differing, long failed) {

        /** Whether the target now holds every content of the source, intact. */
        public boolean complete() {
            return corrupted == 0 && differing == 0 && failed == 0;
        }
    }

    public Result run() {
        log.info("Copying the files of the {} into the {}", source.describe(), target.describe());
        long listed = 0, copied = 0, bytes = 0, there = 0, corrupted = 0, differing = 0, failed = 0;
        int failuresInARow = 0;
        try (Stream<StoredContent> sources = source.list(); Stream<StoredContent> targets = target.list()) {
            Iterator<StoredContent> targetContents = targets.iterator();
            StoredContent inTarget = targetContents.hasNext() ? targetContents.next() : null;
            for (Iterator<StoredContent> sourceContents = sources.iterator(); sourceContents.hasNext();) {
                StoredContent content = sourceContents.next();
                listed++;
                while (inTarget != null && inTarget.key().compareTo(content.key()) < 0) {
                    inTarget = targetContents.hasNext() ? targetContents.next() : null;
                }
                if (inTarget != null && inTarget.key().equals(content.key())) {
                    if (inTarget.size() == content.size()) {
                        there++;
                    } else {
                        differing++;
                        log.error("{} is in the target with {} bytes, in the source with {}: left as it is; compare "
                                + "both with their SHA-256", content.key(), inTarget.size(), content.size());
                    }
                } else {
                    // a target listed out of order (it should not be) only means a look-up more: put checks first
                    try (InputStream in = source.open(content.key())) {
                        bytes += target.put(in, content.key()).size();
                        copied++;
                        failuresInARow = 0;
                    } catch (ContentMismatch e) {
                        corrupted++;
                        log.error("{} is damaged: its content hashes to {}; not copied. Restore it from a backup and "
                                + "run the migration again", content.key(), e.actual());
                    } catch (IOException | RuntimeException e) {
                        failed++;
                        log.error("{} could not be copied: {}", content.key(), e.toString());
                        if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                            throw new IllegalStateException(MAX_FAILURES_IN_A_ROW + " files in a row could not be "
                                    + "copied into the " + target.describe() + "; stopped", e);
                        }
                    }
                }
                if (listed % PROGRESS_EVERY == 0) {
                    log.info("{} files looked at: {} copied, {} already there", listed, copied, there);
                }
            }
        }
        Result result = new Result(listed, copied, bytes, there, corrupted, differing, failed);
        log.info("{} files in the source: {} copied ({} bytes), {} already there, {} damaged, {} differing, "
                + "{} failed", listed, copied, bytes, there, corrupted, differing, failed);
        return result;
    }
}
