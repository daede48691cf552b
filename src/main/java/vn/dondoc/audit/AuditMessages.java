package vn.dondoc.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit trail's texts, with the words for its kinds of record and action, and the administration pages' shared
 * titles. Vietnamese (the default) here, English in {@code messages/audit_en.properties}; templates use them as
 * {@code {audit:key}}.
 */
@MessageBundle(value = "audit", locale = "vi")
public interface AuditMessages {

    // == follow-up ==

    @Message("Đề nghị điều chỉnh thời hạn")
    String audit_type_deadline_request();

    @Message("Văn bản đôn đốc")
    String audit_type_reminder_letter();

    @Message("Đánh giá kỳ")
    String audit_type_period_evaluation();

    @Message("Đồng ý")
    String audit_action_approve();

    @Message("Không đồng ý")
    String audit_action_refuse();

    @Message("Điều chỉnh thời hạn")
    String audit_action_deadline();

    // == accounts ==

    @Message("Tài khoản người dùng")
    String users_list_title();

    @Message("Tạo mới")
    String audit_action_create();

    @Message("Sửa")
    String audit_action_update();

    @Message("Khóa")
    String audit_action_disable();

    @Message("Đặt lại mật khẩu")
    String audit_action_password();

    @Message("Hợp nhất")
    String audit_action_merge();

    @Message("Chuyển")
    String audit_action_move();

    @Message("Xóa")
    String audit_action_delete();

    @Message("Nhập văn bản")
    String audit_action_import();

    @Message("Cập nhật trạng thái")
    String audit_action_status();

    @Message("Báo cáo hoàn thành")
    String audit_action_report();

    @Message("Xác nhận hoàn thành")
    String audit_action_confirm();

    @Message("Trả lại báo cáo")
    String audit_action_return();

    @Message("Kết quả thực hiện")
    String audit_type_result();

    @Message("Ghi tiến độ")
    String audit_action_note();

    @Message("Nhật ký thay đổi")
    String audit_list_title();

    @Message("Mọi thay đổi về nhiệm vụ, phân công, cơ quan và tài khoản, mới nhất trước. Nhật ký không sửa, không xóa được.")
    String audit_list_lead();

    @Message("Loại bản ghi")
    String audit_filter_type();

    @Message("(Tất cả)")
    String audit_filter_all();

    @Message("Người thực hiện")
    String audit_filter_actor();

    @Message("Từ ngày")
    String audit_filter_from();

    @Message("Đến ngày")
    String audit_filter_to();

    @Message("Lọc")
    String audit_filter_submit();

    @Message("Thời điểm")
    String audit_col_at();

    @Message("Người thực hiện")
    String audit_col_actor();

    @Message("Bản ghi")
    String audit_col_entity();

    @Message("Thao tác")
    String audit_col_action();

    @Message("Trước → Sau")
    String audit_col_change();

    @Message("Không có thay đổi nào khớp bộ lọc.")
    String audit_list_none();

    @Message("← Mới hơn")
    String audit_page_newer();

    @Message("Cũ hơn →")
    String audit_page_older();

    @Message("Thu hồi")
    String audit_action_withdraw();

    @Message("Xóa khỏi danh sách")
    String audit_action_remove();

    @Message("Khôi phục")
    String audit_action_restore();

    @Message("Nhiệm vụ")
    String audit_type_task();

    @Message("Văn bản")
    String audit_type_directive();

    @Message("Phân công")
    String audit_type_assignment();

    @Message("Cơ quan")
    String audit_type_body();

    @Message("Tài khoản")
    String audit_type_user();

    @Message("Làm chậm đăng nhập")
    String audit_action_lock();

    @Message("Bỏ chờ đăng nhập")
    String audit_action_unlock();

    @Message("Đăng nhập")
    String audit_type_login();

    @Message("Tạo mã truy cập API")
    String audit_action_token_create();

    @Message("Thu hồi mã truy cập API")
    String audit_action_token_revoke();

    // == operations ==

    @Message("Sao lưu dữ liệu")
    String ops_backups_title();

    @Message("Sao lưu")
    String audit_type_backup();

    @Message("Sao lưu")
    String audit_action_backup();
}
