package org.wattplan.spark;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output directory that appears whole or not at all. Everything is written into a hidden sibling, {@code
 * .NAME.partial-UUID}; {@link #commit} renames it to {@code NAME} (a directory rename: atomic on a local disk
 * and on HDFS), moving an existing {@code NAME} aside first and deleting it after. {@link #abort} deletes the
 * staging directory. A reader therefore never sees part of a result under the output name, whether a task, the
 * driver or the machine fails: a {@code _SUCCESS} marker beside partial files would leave that to the reader.
 * On object stores without atomic rename (S3) write to HDFS or a local disk and copy.
 */
record StagedOutput(FileSystem fileSystem, Path targetPath, Path staging) {

    static StagedOutput begin(Configuration conf, String out) {
        try {
            Path target = new Path(out);
            FileSystem fs = target.getFileSystem(conf);
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRawFileSystem(); // no .crc files beside the outputs, as the single-machine path
            }
            target = fs.makeQualified(target);
            Path parent = target.getParent();
            if (parent == null) {
                throw SparkJobException.badInput("--out " + out + " must not be a root directory");
            }
            if (fs.exists(target) && !fs.getFileStatus(target).isDirectory()) {
                throw SparkJobException.badInput("--out " + out + " exists and is not a directory");
            }
            fs.mkdirs(parent);
            Path staging = new Path(parent, "." + target.getName() + ".partial-" + UUID.randomUUID());
            if (!fs.mkdirs(staging)) {
                throw SparkJobException.failed("cannot create " + staging);
            }
            return new StagedOutput(fs, target, staging);
        } catch (IOException e) {
            throw SparkJobException.failed("cannot write to " + out + ": " + e.getMessage());
        }
    }

    Path file(String name) {
        return new Path(staging, name);
    }

    /** Renames the staged directory to the output name; an existing output is replaced. */
    void commit() {
        try {
            Path parent = staging.getParent();
            Path replaced = new Path(parent, "." + targetPath.getName() + ".replaced-" + UUID.randomUUID());
            boolean existed = fileSystem.exists(targetPath);
            if (existed && !fileSystem.rename(targetPath, replaced)) {
                throw SparkJobException.failed("cannot move the old " + targetPath + " aside");
            }
            if (!fileSystem.rename(staging, targetPath)) {
                throw SparkJobException.failed("cannot rename " + staging + " to " + targetPath);
            }
            if (existed) {
                fileSystem.delete(replaced, true);
            }
        } catch (IOException e) {
            throw SparkJobException.failed("cannot commit " + targetPath + ": " + e.getMessage());
        }
    }

    /** Deletes the staging directory; the output name is left as it was. */
    void abort() {
        try {
            fileSystem.delete(staging, true);
        } catch (IOException e) {
            // the staging directory is hidden and named as partial; nothing reads it
        }
    }

    String target() {
        return targetPath.toString();
    }
}
