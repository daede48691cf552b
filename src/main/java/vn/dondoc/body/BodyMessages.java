package vn.dondoc.body;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of responsible bodies: their admin pages, kinds and picker, and form words the pages of bodies and
 * accounts share. Vietnamese (the default) here, English in {@code messages/body_en.properties}; templates use them
 * as {@code {body:key}}.
 */
@MessageBundle(value = "body", locale = "vi")
public interface BodyMessages {

    // == daily use ==

    @Message("Danh mục cơ quan")
    String bodies_admin_list_title();

    @Message("Tên gọi, tên viết tắt và lĩnh vực phụ trách dùng để nhận diện cơ quan khi nhập văn bản. Khi cơ quan được sáp nhập, các nhiệm vụ chưa hoàn thành chuyển sang cơ quan tiếp nhận.")
    String bodies_admin_list_lead();

    @Message("{count} cơ quan")
    String bodies_admin_list_caption(int count);

    @Message("Thời gian hoạt động")
    String bodies_admin_list_validity();

    @Message("Từ {day}")
    String bodies_admin_list_from(String day);

    @Message("Đến {day}")
    String bodies_admin_list_until(String day);

    @Message("Thêm cơ quan")
    String bodies_admin_new_title();

    @Message("Thêm cơ quan")
    String bodies_admin_new_submit();

    @Message("Sửa cơ quan {code}")
    String bodies_admin_edit_title(String code);

    @Message("Cơ quan đã sáp nhập vào {successor} từ ngày {day}.")
    String bodies_admin_merged_into(String day, String successor);

    @Message("Mã cơ quan")
    String bodies_admin_field_code();

    @Message("Chữ in hoa, chữ số hoặc dấu gạch dưới, ví dụ BTCTW. Không đổi được sau khi tạo.")
    String bodies_admin_field_code_hint();

    @Message("Tên cơ quan")
    String bodies_admin_field_name();

    @Message("Tên tiếng Anh")
    String bodies_admin_field_name_en();

    @Message("Loại cơ quan")
    String bodies_admin_field_kind();

    @Message("Tên gọi khác")
    String bodies_admin_field_aliases();

    @Message("Các cách viết khác và tên viết tắt trong văn bản, phân cách bằng dấu chấm phẩy (;).")
    String bodies_admin_field_aliases_hint();

    @Message("Lĩnh vực phụ trách")
    String bodies_admin_field_areas();

    @Message("Các lĩnh vực theo cách văn bản thường viết, phân cách bằng dấu phẩy (,).")
    String bodies_admin_field_areas_hint();

    @Message("Hoạt động từ ngày")
    String bodies_admin_field_valid_from();

    @Message("Ngừng hoạt động từ ngày")
    String bodies_admin_field_valid_until();

    @Message("Để trống nếu cơ quan đang hoạt động. Khi sáp nhập, hãy dùng chức năng Ghi nhận sáp nhập.")
    String bodies_admin_field_valid_until_hint();

    @Message("Lịch sử thay đổi")
    String bodies_admin_history_title();

    @Message("Chưa có thay đổi nào.")
    String bodies_admin_history_none();

    @Message("Ghi nhận việc cơ quan này được sáp nhập vào cơ quan khác: các nhiệm vụ chưa hoàn thành sẽ chuyển sang cơ quan tiếp nhận.")
    String bodies_admin_merge_lead();

    @Message("Đã thêm cơ quan.")
    String bodies_admin_flash_created();

    @Message("Nhập mã cơ quan")
    String bodies_admin_error_code_missing();

    @Message("Mã cơ quan chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, từ 2 đến 40 ký tự")
    String bodies_admin_error_code_format();

    @Message("Mã cơ quan này đã có")
    String bodies_admin_error_code_taken();

    @Message("Nhập tên cơ quan")
    String bodies_admin_error_name_missing();

    @Message("Nội dung quá dài")
    String bodies_admin_error_too_long();

    @Message("Chọn loại cơ quan")
    String bodies_admin_error_kind();

    @Message("Ngày không có thật hoặc sai dạng: hãy nhập ngày/tháng/năm, ví dụ 01/02/2025")
    String bodies_admin_error_date();

    @Message("Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động")
    String bodies_admin_error_dates();

    @Message("Người khác vừa sửa cơ quan này. Biểu mẫu đã được nạp lại nội dung bạn nhập; hãy kiểm tra rồi lưu lại.")
    String bodies_admin_error_changed_meanwhile();

    /** The name of a kind of body, from the {@code bodies_kind_*} messages (no English entry of its own). */
    @Message("{#when kind}{#is PARTY_BOARD}{body:bodies_kind_party_board}{#is OFFICE}{body:bodies_kind_office}"
            + "{#is PARTY_COMMITTEE}{body:bodies_kind_party_committee}{#is MASS_ORGANISATION}{body:bodies_kind_mass_organisation}"
            + "{#is MINISTRY}{body:bodies_kind_ministry}{#is AGENCY}{body:bodies_kind_agency}"
            + "{#is PROVINCE_GROUP}{body:bodies_kind_province_group}{#is OTHER}{body:bodies_kind_other}{/when}")
    String bodies_kind(BodyKind kind);

    @Message("Ban Đảng Trung ương")
    String bodies_kind_party_board();

    @Message("Văn phòng")
    String bodies_kind_office();

    @Message("Đảng ủy")
    String bodies_kind_party_committee();

    @Message("Mặt trận, đoàn thể")
    String bodies_kind_mass_organisation();

    @Message("Bộ, ngành")
    String bodies_kind_ministry();

    @Message("Cơ quan báo chí, thông tấn")
    String bodies_kind_agency();

    @Message("Địa phương")
    String bodies_kind_province_group();

    @Message("Khác")
    String bodies_kind_other();

    @Message("Ghi nhận sáp nhập")
    String bodies_merge_title();

    // == tasks ==

    @Message("chủ trì")
    String task_role_LEAD();

    @Message("phối hợp")
    String task_role_SUPPORT();

    // == daily use ==

    @Message("Chưa chọn cơ quan nào")
    String bodies_picker_none();

    @Message("Đánh dấu \"chủ trì\" hoặc \"phối hợp\" cho từng cơ quan; mỗi cơ quan chỉ một vai trò.")
    String bodies_picker_hint();

    @Message("Tìm cơ quan")
    String bodies_picker_filter();

    @Message("Cơ quan văn bản nêu, chưa có trong danh sách (sẽ được thêm)")
    String bodies_picker_unlisted();

    @Message("Cơ quan đã sáp nhập hoặc giải thể ({count})")
    String bodies_picker_former(int count);

    @Message("(mới)")
    String bodies_picker_new();

    @Message("đến {day}, nay là {successor}")
    String bodies_picker_until_successor(String day, String successor);

    @Message("đến {day}")
    String bodies_picker_until(String day);
}
