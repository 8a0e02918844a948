package cn.gov.bizenv.casetracking.infrastructure.demo;

import cn.gov.bizenv.casetracking.domain.model.task.GroupMembership;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.platform.demo.DemoDataSeeded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * Gives the demo's special groups their member units (专项小组成员单位), in the seeding transaction, so
 * that a group's task can be reported on by its members: 市市场监督管理局 (the {@code unit} account) is a
 * member of 政务服务专项小组 and 市场准入专项小组, 华龙区 ({@code county}) of 政务服务专项小组.
 */
@ApplicationScoped
public class DemoGroupMembers {
  static final Map<String, List<String>> MEMBERS =
      Map.of(
          "政务服务专项小组", List.of("市行政审批和政务信息管理局", "市市场监督管理局", "华龙区"),
          "市场准入专项小组", List.of("市市场监督管理局", "市发展和改革委员会"),
          "要素保障专项小组", List.of("市自然资源和规划局", "市住房和城乡建设局", "市人力资源和社会保障局"),
          "涉企执法检查专项小组", List.of("市生态环境局", "市公安局", "市市场监督管理局"),
          "惠企政策落实专项小组", List.of("市工业和信息化局", "市税务局"));

  /** The repository comes as a parameter: injected fields of observers were empty on Payara. */
  public void afterSeeding(@Observes DemoDataSeeded seeded, TaskRepository tasks) {
    MEMBERS.forEach(
        (group, members) -> {
          Long groupId = seeded.unitIds().get(group);
          for (String member : members) {
            Long memberId = seeded.unitIds().get(member);
            if (groupId != null && memberId != null) {
              tasks.addMembership(new GroupMembership(groupId, memberId));
            }
          }
        });
  }
}
