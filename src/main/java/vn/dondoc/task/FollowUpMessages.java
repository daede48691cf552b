package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of follow-up after assignment: deadline requests, reminder letters (văn bản đôn đốc) and the
 * evaluation at the end of a period, in Vietnamese (the default); English in {@code messages/fu_en.properties}.
 * Templates use them as {@code {fu:key}}.
 */
@MessageBundle(value = "fu", locale = "vi")
public interface FollowUpMessages {

    @Message("hạn ban đầu {day}")
    String deadline_original(String day);

    @Message("Đề nghị điều chỉnh thời hạn")
    String deadline_request_title();

    @Message("Quay lại nhiệm vụ")
    String deadline_request_back();

    @Message("Thời hạn hiện nay")
    String deadline_request_current();

    @Message("Đã có đề nghị đang chờ xử lý")
    String deadline_request_pending_title();

    @Message("{by} đã đề nghị lúc {at} điều chỉnh thời hạn đến ngày {day}. Mỗi lúc chỉ có một đề nghị chờ xử lý; hãy chờ chuyên viên theo dõi trả lời.")
    String deadline_request_pending_text(String by, String at, String day);

    @Message("Thời hạn đề nghị")
    String deadline_request_new();

    @Message("Ngày/tháng/năm, ví dụ 31/12/2024.")
    String deadline_request_new_hint();

    @Message("Lý do")
    String deadline_request_reason();

    @Message("Vì sao cần thêm thời gian: việc đã làm, khó khăn, vướng mắc.")
    String deadline_request_reason_hint();

    @Message("Gửi đề nghị")
    String deadline_request_submit();

    @Message("Phân công đã hoàn thành, không cần điều chỉnh thời hạn.")
    String deadline_request_error_done();

    @Message("Nhiệm vụ không có thời hạn cụ thể để điều chỉnh.")
    String deadline_request_error_no_deadline();

    @Message("Nhập thời hạn đề nghị.")
    String deadline_request_error_deadline_missing();

    @Message("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2024.")
    String deadline_request_error_deadline_format();

    @Message("Thời hạn đề nghị không được trước hôm nay.")
    String deadline_request_error_past();

    @Message("Thời hạn đề nghị trùng với thời hạn hiện nay.")
    String deadline_request_error_same();

    @Message("Nêu lý do đề nghị.")
    String deadline_request_error_reason_missing();

    @Message("Lý do dài quá 2.000 ký tự.")
    String deadline_request_error_reason_long();

    @Message("Nêu lý do không đồng ý.")
    String deadline_request_error_refusal_missing();

    @Message("Đề nghị này đã được người khác xử lý trước; danh sách dưới đây là những đề nghị còn chờ.")
    String deadline_request_error_decided();

    @Message("Đã gửi đề nghị điều chỉnh thời hạn.")
    String deadline_request_flash_sent();

    @Message("Đã đồng ý điều chỉnh thời hạn.")
    String deadline_request_flash_approved();

    @Message("Đã không đồng ý đề nghị điều chỉnh thời hạn.")
    String deadline_request_flash_refused();

    @Message("Đề nghị điều chỉnh thời hạn chờ xử lý")
    String deadline_list_title();

    @Message("{count} đề nghị đang chờ xử lý, đề nghị gửi sớm nhất ở trên.")
    String deadline_list_count(long count);

    @Message("Không có đề nghị nào đang chờ.")
    String deadline_list_none();

    @Message("Cơ quan")
    String deadline_list_body();

    @Message("Văn bản giao nhiệm vụ")
    String deadline_list_directive();

    @Message("Thời hạn")
    String deadline_list_deadlines();

    @Message("từ {from} đến {to}")
    String deadline_list_change(String from, String to);

    @Message("Người đề nghị")
    String deadline_list_asked();

    @Message("Ý kiến")
    String deadline_decision_reason();

    @Message("Bắt buộc khi không đồng ý; có thể để trống khi đồng ý.")
    String deadline_decision_reason_hint();

    @Message("Đồng ý")
    String deadline_decision_approve();

    @Message("Không đồng ý")
    String deadline_decision_refuse();

    @Message("đề nghị điều chỉnh thời hạn từ {from} đến {to}")
    String deadline_history_requested(String from, String to);

    @Message("đồng ý điều chỉnh thời hạn đến {to}")
    String deadline_history_approved(String to);

    @Message("không đồng ý điều chỉnh thời hạn đến {to}")
    String deadline_history_refused(String to);

    @Message("Thời hạn đã điều chỉnh")
    String deadline_owner_adjusted();

    @Message("Đề nghị điều chỉnh thời hạn")
    String deadline_owner_pending();

    @Message("đến {day}, gửi ngày {at}, đang chờ xử lý")
    String deadline_owner_pending_text(String day, String at);

    @Message("Đề nghị điều chỉnh thời hạn")
    String deadline_owner_request_link();

    @Message("Đề nghị điều chỉnh thời hạn chờ xử lý ({count})")
    String deadline_start_title(long count);

    @Message("Xem và xử lý các đề nghị")
    String deadline_start_decide();

    @Message("Xem các đề nghị")
    String deadline_start_all();

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

    @Message("đã đôn đốc lần {ordinal}, ngày {day}")
    String letter_history(int ordinal, String day);

    @Message("{place}, ngày {day} tháng {month} năm {year}")
    String letter_place_date(String place, String day, String month, String year);

    @Message("quá hạn {days} ngày")
    String letter_days_over(long days);

    @Message("đến hạn hôm nay")
    String letter_due_today();

    @Message("còn {days} ngày")
    String letter_days_left(long days);

    @Message("V/v đôn đốc thực hiện nhiệm vụ")
    String letter_subject();

    @Message("ĐẢNG CỘNG SẢN VIỆT NAM")
    String letter_party();

    @Message("Kính gửi:")
    String letter_to_label();

    @Message("Thực hiện nhiệm vụ theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao, {issuer} đề nghị {body} quan tâm chỉ đạo thực hiện {count} nhiệm vụ dưới đây, đã quá hạn hoặc sắp đến hạn:")
    String letter_opening(String issuer, String body, int count);

    @Message("STT")
    String letter_col_no();

    @Message("Nhiệm vụ")
    String letter_col_task();

    @Message("Văn bản giao nhiệm vụ")
    String letter_col_source();

    @Message("Thời hạn")
    String letter_col_deadline();

    @Message("Tình trạng")
    String letter_col_standing();

    @Message("đôn đốc lần {ordinal}")
    String letter_ordinal(int ordinal);

    @Message("Đề nghị {body} khẩn trương chỉ đạo triển khai thực hiện, báo cáo kết quả (hoặc đề nghị điều chỉnh thời hạn, nếu cần) về {issuer} để tổng hợp, báo cáo theo quy định.")
    String letter_closing(String body, String issuer);

    @Message("Nơi nhận:")
    String letter_recipients();

    @Message("- Như trên,")
    String letter_recipient_as_above();

    @Message("- Lưu Văn phòng.")
    String letter_recipient_file();

    @Message("Văn bản đôn đốc")
    String letter_page_title();

    @Message("Các cơ quan dưới đây có nhiệm vụ chưa hoàn thành đã quá hạn hoặc đến hạn trong {days} ngày tới. Văn bản tạo ra là bản Word để sửa trước khi ký (hoặc PDF), và được ghi vào lịch sử của từng nhiệm vụ nêu trong đó: đôn đốc lần 1, lần 2...")
    String letter_page_intro(int days);

    @Message("Không cơ quan nào có nhiệm vụ quá hạn hay sắp đến hạn.")
    String letter_page_none();

    @Message("Cơ quan")
    String letter_col_body();

    @Message("Quá hạn")
    String letter_col_overdue();

    @Message("Sắp đến hạn")
    String letter_col_soon();

    @Message("Tạo văn bản")
    String letter_col_make();

    @Message("Word (.docx)")
    String letter_make_docx();

    @Message("PDF")
    String letter_make_pdf();

    @Message("Tất cả các cơ quan")
    String letter_make_all_title();

    @Message("Một tệp gồm văn bản gửi từng cơ quan, mỗi văn bản bắt đầu ở trang mới.")
    String letter_make_all_hint();

    @Message("Không có nhiệm vụ quá hạn hay sắp đến hạn để đôn đốc.")
    String letter_error_nothing();

    @Message("Không có cơ quan này.")
    String letter_error_body();

    @Message("Văn bản đôn đốc")
    String letter_link();

    @Message("Đánh giá kết quả thực hiện nhiệm vụ trong kỳ")
    String evaluation_title();

    @Message("Báo cáo tiến độ")
    String evaluation_back();

    @Message("Đánh giá cuối kỳ")
    String evaluation_link();

    @Message("Các nhiệm vụ có thời hạn từ {from} đến {to}")
    String evaluation_period(String from, String to);

    @Message("Thời hạn là thời hạn của từng cơ quan, đã điều chỉnh nếu được đồng ý; tình trạng tính đến hôm nay. Tỷ lệ tính trên số nhiệm vụ đến hạn trong kỳ.")
    String evaluation_explain();

    @Message("Từ ngày")
    String evaluation_from();

    @Message("Đến ngày")
    String evaluation_to();

    @Message("Xem")
    String evaluation_show();

    @Message("Theo quý")
    String evaluation_quarters();

    @Message("Quý {quarter}/{year}")
    String evaluation_quarter(int quarter, int year);

    @Message("Bản in A4")
    String evaluation_print();

    @Message("Phụ lục (XLSX)")
    String evaluation_xlsx();

    @Message("Không có nhiệm vụ nào đến hạn trong kỳ.")
    String evaluation_none();

    @Message("STT")
    String evaluation_col_no();

    @Message("Cơ quan")
    String evaluation_col_body();

    @Message("Số nhiệm vụ đến hạn")
    String evaluation_col_total();

    @Message("Hoàn thành đúng hạn")
    String evaluation_col_on_time();

    @Message("Tỷ lệ đúng hạn")
    String evaluation_col_on_time_share();

    @Message("Hoàn thành quá hạn")
    String evaluation_col_late();

    @Message("Tỷ lệ quá hạn")
    String evaluation_col_late_share();

    @Message("Chưa hoàn thành")
    String evaluation_col_not_done();

    @Message("Tỷ lệ chưa hoàn thành")
    String evaluation_col_not_done_share();

    @Message("Được điều chỉnh thời hạn")
    String evaluation_col_extended();

    @Message("Nhận xét, đánh giá")
    String evaluation_col_remark();

    @Message("Tổng cộng")
    String evaluation_total();

    @Message("Nhận xét về {body}")
    String evaluation_remark_label(String body);

    @Message("Lưu nhận xét")
    String evaluation_remark_save();

    @Message("Phụ lục")
    String evaluation_sheet();

    @Message("PHỤ LỤC: KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÓ THỜI HẠN TỪ {from} ĐẾN {to}")
    String evaluation_appendix_title(String from, String to);

    @Message("Nhận xét vừa được người khác lưu")
    String evaluation_stale_title();

    @Message("Nhận xét đã được người khác lưu sau khi bạn mở trang; ô dưới đây vẫn giữ những gì bạn nhập, hãy xem lại rồi lưu lần nữa.")
    String evaluation_error_stale();

    @Message("Nhận xét dài quá 4.000 ký tự.")
    String evaluation_error_long();

    @Message("Không có cơ quan hoặc kỳ này.")
    String evaluation_error_body();

    @Message("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/09/2024.")
    String evaluation_error_date();

    @Message("Ngày cuối không được trước ngày đầu.")
    String evaluation_error_range();

    @Message("Đã lưu nhận xét.")
    String evaluation_flash_saved();

    @Message("Đúng hạn, quá hạn tính theo thời hạn của từng cơ quan, kể cả thời hạn đã được đồng ý điều chỉnh.")
    String report_adjusted_note();

    @Message("{count} đề nghị gia hạn không được đồng ý")
    String digest_refused_count(int count);

    @Message("ĐỀ NGHỊ ĐIỀU CHỈNH THỜI HẠN KHÔNG ĐƯỢC ĐỒNG Ý ({count}):")
    String digest_refused_heading(int count);

    @Message("Đề nghị đến {requested} không được đồng ý: {reason}")
    String digest_refused_line(String requested, String reason);
}
