package io.feedgym.runner;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a run came from, for its manifest: library versions (read from the jars' Maven metadata), the
 * Java runtime, the operating system, the JVM arguments and the git commit of the code. Values that
 * cannot be found are {@value #UNKNOWN}.
 *
 * @param feedgymVersion version of the feedgym-agents jar
 * @param dl4jVersion version of deeplearning4j-nn
 * @param nd4jVersion version of nd4j-api
 * @param javaVersion the runtime's {@code java.version} and vendor
 * @param os operating system name, version and architecture
 * @param jvmArgs the JVM's input arguments
 * @param gitCommit {@code git rev-parse HEAD} of the checkout the code was loaded from
 */
public record Provenance(
    String feedgymVersion,
    String dl4jVersion,
    String nd4jVersion,
    String javaVersion,
    String os,
    ImmutableList<String> jvmArgs,
    String gitCommit) {
  /** The value of anything that could not be determined. */
  public static final String UNKNOWN = "unknown";

  public Provenance {
    Objects.requireNonNull(feedgymVersion, "feedgymVersion");
    Objects.requireNonNull(dl4jVersion, "dl4jVersion");
    Objects.requireNonNull(nd4jVersion, "nd4jVersion");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(jvmArgs, "jvmArgs");
    Objects.requireNonNull(gitCommit, "gitCommit");
  }

  /** The provenance of the running JVM; runs {@code git} (at most a few seconds) to find the commit. */
  public static Provenance capture() {
    return new Provenance(
        mavenVersion("io.feedgym", "feedgym-agents"),
        mavenVersion("org.deeplearning4j", "deeplearning4j-nn"),
        mavenVersion("org.nd4j", "nd4j-api"),
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        ImmutableList.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments()),
        findGitCommit());
  }

  private static String mavenVersion(String group, String artifact) {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN);
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /** The commit of the checkout holding this code (its jar or classes directory), else of the working directory. */
  private static String findGitCommit() {
    try {
      Path code = Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String commit = gitCommitIn(Files.isDirectory(code) ? code : code.getParent());
      if (!commit.equals(UNKNOWN)) {
        return commit;
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no usable code location: fall through to the working directory
    }
    return gitCommitIn(Path.of("").toAbsolutePath());
  }

  private static String gitCommitIn(Path dir) {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && out.matches("[0-9a-f]{40,64}")) {
        return out;
      }
      git.destroy();
    } catch (IOException e) {
      return UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return UNKNOWN;
  }
}
