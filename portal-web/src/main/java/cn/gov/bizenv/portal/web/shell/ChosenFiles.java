package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.model.file.UploadedFile;

/**
 * Files chosen on a form that records something new (a letter, a case): each is checked, together
 * with those already chosen, as soon as it arrives, and all wait in the view until the form is
 * sent, so a refused file or a wrong field loses nothing else the person entered.
 */
public class ChosenFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A chosen file's name and bytes. */
  public record ChosenFile(String fileName, byte[] content) implements Serializable {
    public long getSize() {
      return content.length;
    }
  }

  private final List<ChosenFile> files = new ArrayList<>();

  /**
   * Adds the file when {@code check} accepts all the files with it.
   *
   * @param check throws the application's exception when a file is refused
   */
  public void add(UploadedFile file, Consumer<List<NewAttachment>> check) {
    ChosenFile chosen = new ChosenFile(file.getFileName(), file.getContent());
    List<NewAttachment> all = new ArrayList<>(attachments());
    all.add(new NewAttachment(chosen.fileName(), chosen.content()));
    check.accept(all);
    files.add(chosen);
  }

  public void remove(int index) {
    if (index >= 0 && index < files.size()) {
      files.remove(index);
    }
  }

  public List<NewAttachment> attachments() {
    return files.stream().map(file -> new NewAttachment(file.fileName(), file.content())).toList();
  }

  public List<ChosenFile> getFiles() {
    return files;
  }

  public void clear() {
    files.clear();
  }
}
