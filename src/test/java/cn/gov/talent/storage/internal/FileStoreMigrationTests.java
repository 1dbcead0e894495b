package cn.gov.talent.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.talent.storage.FileMigration;
import cn.gov.talent.storage.StoredContent;
import cn.gov.talent.support.TestS3Server;

/**
 * Moving a data directory into the object store: every file is copied once and arrives as it was (its SHA-256
 * checked on the way), a rerun copies nothing more, a damaged file is reported and stays out, and the command
 * says how it went by its exit status.
 */
class FileStoreMigrationTests {

    private final TestS3Server server = TestS3Server.shared();

    @TempDir
    Path directory;

    private LocalDirectoryFileStore source;
    private String bucket;
    private S3FileStore target;

    @BeforeEach
    void stores() {
        source = new LocalDirectoryFileStore(directory);
        bucket = server.newBucket();
        target = server.fileStore(bucket);
    }

    @AfterEach
    void closeTarget() {
        target.close();
    }

    @Test
    void everyFileIsCopiedOnceAndARerunCopiesNothing() throws Exception {
        List<StoredContent> files = filesInTheDirectory(25);

        FileStoreMigration.Result first = new FileStoreMigration(source, target).run();

        assertThat(first.listed()).isEqualTo(25);
        assertThat(first.copied()).isEqualTo(25);
        assertThat(first.bytesCopied()).isEqualTo(files.stream().mapToLong(StoredContent::size).sum());
        assertThat(first.complete()).isTrue();
        assertSameContents(files);

        FileStoreMigration.Result second = new FileStoreMigration(source, target).run();

        assertThat(second.copied()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(25);
        assertThat(second.complete()).isTrue();
        assertThat(server.objectNames(bucket).size()).isEqualTo(25);
    }

    @Test
    void filesUploadedSinceTheLastRunAreCopiedByTheNext() throws Exception {
        filesInTheDirectory(10);
        new FileStoreMigration(source, target).run();
        StoredContent later = source.put(
                new ByteArrayInputStream("uploaded meanwhile".getBytes(StandardCharsets.UTF_8)));

        FileStoreMigration.Result rerun = new FileStoreMigration(source, target).run();

        assertThat(rerun.copied()).isEqualTo(1);
        assertThat(rerun.alreadyThere()).isEqualTo(10);
        assertThat(target.exists(later.key())).isTrue();
    }

    @Test
    void aDamagedFileIsReportedAndNotCopied() throws Exception {
        List<StoredContent> files = filesInTheDirectory(5);
        StoredContent damaged = files.get(2);
        Files.writeString(source.pathOf(damaged.key()), "bit rot");

        FileStoreMigration.Result result = new FileStoreMigration(source, target).run();

        assertThat(result.copied()).isEqualTo(4);
        assertThat(result.corrupted()).isEqualTo(1);
        assertThat(result.complete()).isFalse();
        assertThat(target.exists(damaged.key())).isFalse();
        assertThat(server.objectNames(bucket).size()).isEqualTo(4);

        FileStoreMigration.Result rerun = new FileStoreMigration(source, target).run();

        assertThat(rerun.copied()).isZero();
        assertThat(rerun.corrupted()).isEqualTo(1);
        assertThat(rerun.alreadyThere()).isEqualTo(4);
    }

    @Test
    void aDifferentObjectUnderTheSameNameIsReportedNotOverwritten() throws Exception {
        StoredContent file = filesInTheDirectory(1).get(0);
        String name = target.objectKey(file.key());
        var blobs = server.blobStore();
        blobs.putBlob(bucket, blobs.blobBuilder(name).payload("something else").build());

        FileStoreMigration.Result result = new FileStoreMigration(source, target).run();

        assertThat(result.differing()).isEqualTo(1);
        assertThat(result.copied()).isZero();
        assertThat(result.complete()).isFalse();
        try (InputStream in = target.open(file.key())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("something else");
        }
    }

    @Test
    void theCommandCopiesAndExitsWithItsStatus() throws Exception {
        List<StoredContent> files = filesInTheDirectory(3);
        String[] arguments = command("--" + FileMigration.OPTION + "=" + directory);

        assertThat(FileMigration.requested(arguments)).isTrue();
        assertThat(FileMigration.run(arguments)).isZero();
        assertSameContents(files);
        assertThat(FileMigration.run(arguments)).isZero();

        // a damaged file: the others are copied into a fresh bucket, and the status says not all were
        Files.writeString(source.pathOf(files.get(0).key()), "bit rot");
        String another = server.newBucket();
        assertThat(FileMigration.run(replaceBucket(arguments, another))).isEqualTo(1);
        assertThat(server.objectNames(another).size()).isEqualTo(2);
    }

    @Test
    void theCommandDoesNotRunWithoutItsDirectoryOrItsBucket() {
        assertThat(FileMigration.run(command("--" + FileMigration.OPTION + "=" + directory.resolve("absent"))))
                .isEqualTo(2);
        String[] noBucket = replaceBucket(command("--" + FileMigration.OPTION + "=" + directory), bucket + "-absent");
        assertThat(FileMigration.run(noBucket)).isEqualTo(2);
        assertThat(FileMigration.requested("--talent.storage.type=s3")).isFalse();
    }

    private List<StoredContent> filesInTheDirectory(int count) {
        return IntStream.range(0, count).mapToObj(i -> source.put(new ByteArrayInputStream(
                ("file " + i + " " + "x".repeat(i * 100)).getBytes(StandardCharsets.UTF_8)))).toList();
    }

    private void assertSameContents(List<StoredContent> files) throws Exception {
        for (StoredContent file : files) {
            try (InputStream copied = target.open(file.key()); InputStream original = source.open(file.key())) {
                assertThat(copied.readAllBytes()).isEqualTo(original.readAllBytes());
            }
        }
        try (Stream<StoredContent> listed = target.list()) {
            assertThat(listed.toList()).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    private String[] command(String... more) {
        List<String> arguments = new ArrayList<>(List.of(server.arguments(bucket)));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    private static String[] replaceBucket(String[] arguments, String bucket) {
        return Stream.of(arguments).map(argument -> argument.startsWith("--talent.storage.s3.bucket=")
                ? "--talent.storage.s3.bucket=" + bucket : argument).toArray(String[]::new);
    }
}
