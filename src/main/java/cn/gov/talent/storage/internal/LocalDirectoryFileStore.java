package cn.gov.talent.storage.internal;

import static cn.gov.talent.storage.FileStore.requireKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import cn.gov.talent.storage.FileStore;
import cn.gov.talent.storage.MissingContent;
import cn.gov.talent.storage.StoredContent;

/**
 * The store in a local directory, laid out as it always was: {@code <directory>/<first two hex digits>/<sha256>}.
 * A content is copied to a temporary {@code <directory>/upload-*.part} while it is hashed, then moved to its
 * name by an atomic rename (so the directory must be one file system), or dropped when the name is taken.
 */
public class LocalDirectoryFileStore implements FileStore {

    private final Path root;

    public LocalDirectoryFileStore(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredContent put(InputStream content, String expectedKey) {
        try (TemporaryCopy copy = TemporaryCopy.of(content, root, expectedKey)) {
            Path target = pathOf(copy.sha256());
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                try {
                    Files.move(copy.file(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException sameContentMovedFirst) {
                    // another upload of the same bytes got there first: they are the bytes this one would write
                }
            }
            return new StoredContent(copy.sha256(), copy.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OptionalLong size(String key) {
        Path file = pathOf(requireKey(key));
        try {
            return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(requireKey(key)));
        } catch (NoSuchFileException e) {
            throw new MissingContent(key, describe());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Resource resource(String key) {
        Path file = pathOf(requireKey(key));
        if (!Files.isRegularFile(file)) {
            throw new MissingContent(key, describe());
        }
        return new FileSystemResource(file);
    }

    @Override
    public Stream<StoredContent> list() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(child -> child.getFileName().toString().matches("[0-9a-f]{2}")
                    && Files.isDirectory(child)).sorted(BY_NAME).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one folder at a time (a few thousand names each at most), in order
        return folders.stream().flatMap(LocalDirectoryFileStore::contentsOf);
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    /** Where the content under this key lies (or would). */
    public Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static Stream<StoredContent> contentsOf(Path folder) {
        String prefix = folder.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return FileStore.isKey(name) && name.startsWith(prefix) && Files.isRegularFile(file);
            }).sorted(BY_NAME).map(file -> {
                try {
                    return new StoredContent(file.getFileName().toString(), Files.size(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Comparator<Path> BY_NAME = Comparator.comparing(path -> path.getFileName().toString());

}
