package vn.dondoc.importer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.dondoc.importer.reading.ReadingWarning;
import vn.dondoc.importer.reading.TaskDoubt;

/**
 * The texts of the import pages and API: upload, preview, the reader's warnings and doubts, import errors.
 * Vietnamese (the default) here, English in {@code messages/imp_en.properties}; templates use them as {@code
 * {imp:key}}.
 */
@MessageBundle(value = "imp", locale = "vi")
public interface ImportMessages {

    // == importer ==

    @Message("Nhập văn bản chỉ đạo")
    String import_new_title();

    @Message("Dán nội dung văn bản hoặc tải tệp lên. Hệ thống sẽ đọc các nhiệm vụ, thời hạn và cơ quan chịu trách nhiệm để bạn kiểm tra trước khi lưu.")
    String import_new_intro();

    @Message("Nội dung văn bản")
    String import_new_text();

    @Message("Dán toàn văn, kể cả phần tiêu đề và ngày tháng.")
    String import_new_text_hint();

    @Message("Hoặc tải tệp lên")
    String import_new_file();

    @Message("Tệp .txt (UTF-8), .docx hoặc .html, tối đa 2 MB. Nếu chọn tệp, nội dung dán ở trên sẽ không được dùng.")
    String import_new_file_hint();

    @Message("Tiêu đề (không bắt buộc)")
    String import_new_doc_title();

    @Message("Để trống để dùng tiêu đề đọc được từ văn bản.")
    String import_new_doc_title_hint();

    @Message("Ngày ban hành (không bắt buộc)")
    String import_new_date();

    @Message("Ngày/tháng/năm, ví dụ 10/07/2024. Dùng để tính thời hạn như \"quý 3\" hay \"cuối năm\".")
    String import_new_date_hint();

    @Message("Đọc văn bản")
    String import_new_submit();

    @Message("Kiểm tra trước khi lưu")
    String import_preview_title();

    @Message("Kiểm tra từng nhiệm vụ, sửa thời hạn và cơ quan nếu cần, rồi lưu. Chưa có gì được lưu.")
    String import_preview_intro();

    @Message("Tìm thấy {count} nhiệm vụ.")
    String import_preview_found(int count);

    @Message("Văn bản")
    String import_preview_document();

    @Message("Cơ quan ban hành")
    String import_preview_issuer();

    @Message("Nhiệm vụ {number}")
    String import_preview_task(int number);

    @Message("Thuộc mục")
    String import_preview_section();

    @Message("Thời hạn")
    String import_preview_deadline();

    @Message("Đọc từ: \"{words}\"")
    String import_preview_deadline_from(String words);

    @Message("Văn bản không nêu thời hạn.")
    String import_preview_deadline_none();

    @Message("Cơ quan đọc được")
    String import_preview_owners();

    @Message("Chưa xác định được cơ quan.")
    String import_preview_no_owners();

    @Message("nhóm")
    String import_preview_group();

    @Message("Căn cứ: \"{words}\"")
    String import_preview_reason(String words);

    @Message("(cơ quan mới, sẽ được thêm vào danh sách)")
    String import_preview_new_body();

    @Message("Trong văn bản")
    String import_preview_source();

    @Message("Sửa")
    String import_preview_corrections();

    @Message("Bỏ nhiệm vụ này")
    String import_preview_drop();

    @Message("Gộp vào nhiệm vụ ngay trước")
    String import_preview_merge();

    @Message("Tách nhiệm vụ sau các từ (không bắt buộc)")
    String import_preview_split();

    @Message("Chép nguyên các từ cuối của phần đầu, ví dụ: \"trước ngày 30/9/2024;\".")
    String import_preview_split_hint();

    @Message("Cần kiểm tra")
    String import_preview_warnings();

    @Message("Lưu văn bản và nhiệm vụ")
    String import_preview_save();

    @Message("Nhập lại từ đầu")
    String import_preview_start_again();

    @Message("Toàn văn đã đọc")
    String import_preview_full_text();

    @Message("Đã lưu văn bản và các nhiệm vụ.")
    String import_saved();

    @Message("Xem văn bản đã nhập")
    String import_duplicate_link();

    @Message("Không đọc được văn bản này; hãy nhập các nhiệm vụ bằng tay hoặc báo cho quản trị viên.")
    String import_warning_READING_FAILED();

    /** One of the reader's warnings about the whole text, from the {@code import_warning_*} messages (no English entry of its own). */
    @Message("{#when warning}{#is READING_FAILED}{imp:import_warning_READING_FAILED}"
            + "{#is NO_TASKS}{imp:import_warning_NO_TASKS}"
            + "{#is UNSURE_TASKS}{imp:import_warning_UNSURE_TASKS}{#is RULES}{imp:import_warning_RULES}"
            + "{#is NO_TASK_SECTION}{imp:import_warning_NO_TASK_SECTION}"
            + "{#is NO_DOCUMENT_DATE}{imp:import_warning_NO_DOCUMENT_DATE}"
            + "{#is INFERRED_OWNERS}{imp:import_warning_INFERRED_OWNERS}"
            + "{#is NEW_BODIES}{imp:import_warning_NEW_BODIES}{/when}")
    String import_warning(ReadingWarning warning);

    @Message("Không tìm thấy nhiệm vụ nào trong văn bản.")
    String import_warning_NO_TASKS();

    @Message("{count} nhiệm vụ cần xem lại, từ chỗ chương trình ít chắc chắn nhất:")
    String import_preview_unsure(int count);

    @Message("Cần xem lại")
    String import_preview_check();

    @Message("Chắc chắn")
    String import_preview_sure();

    @Message("Một số nhiệm vụ được đánh dấu cần xem lại: chương trình chưa chắc chắn về chúng (xem lý do ở từng nhiệm vụ).")
    String import_warning_UNSURE_TASKS();

    @Message("Văn bản không nêu cơ quan thực hiện; cơ quan được suy luận theo lĩnh vực phụ trách.")
    String import_doubt_NO_OWNER_NAMED();

    /** One of the reader's doubts about a task, from the {@code import_doubt_*} messages (no English entry of its own). */
    @Message("{#when doubt}{#is NO_OWNER_NAMED}{imp:import_doubt_NO_OWNER_NAMED}"
            + "{#is NO_OWNER}{imp:import_doubt_NO_OWNER}{#is NEW_BODY}{imp:import_doubt_NEW_BODY}"
            + "{#is OPEN_COLLECTIVE}{imp:import_doubt_OPEN_COLLECTIVE}"
            + "{#is DEADLINE_FROM_HEADING}{imp:import_doubt_DEADLINE_FROM_HEADING}"
            + "{#is DEADLINE_FROM_TITLE}{imp:import_doubt_DEADLINE_FROM_TITLE}"
            + "{#is RUNNING_TEXT}{imp:import_doubt_RUNNING_TEXT}"
            + "{#is NO_REQUEST_VERB}{imp:import_doubt_NO_REQUEST_VERB}{#is LONG}{imp:import_doubt_LONG}{/when}")
    String import_doubt(TaskDoubt doubt);

    @Message("Chưa có cơ quan thực hiện: văn bản không nêu và không suy luận được.")
    String import_doubt_NO_OWNER();

    @Message("Giao cho cơ quan chưa có trong danh sách; cơ quan sẽ được thêm khi lưu.")
    String import_doubt_NEW_BODY();

    @Message("Giao cho một nhóm cơ quan không xác định (\"các cơ quan liên quan\").")
    String import_doubt_OPEN_COLLECTIVE();

    @Message("Thời hạn lấy theo tiêu đề mục hoặc đề mục phía trên.")
    String import_doubt_DEADLINE_FROM_HEADING();

    @Message("Thời hạn lấy theo tiêu đề văn bản, yêu cầu đầu tiên hoặc thời gian thực hiện của kế hoạch.")
    String import_doubt_DEADLINE_FROM_TITLE();

    @Message("Đọc từ đoạn văn xuôi, không thuộc phần nhiệm vụ.")
    String import_doubt_RUNNING_TEXT();

    @Message("Câu không mở đầu bằng động từ chỉ đạo hay tên cơ quan: có thể chỉ là nhận định.")
    String import_doubt_NO_REQUEST_VERB();

    @Message("Nhiệm vụ dài: có thể gồm nhiều nhiệm vụ.")
    String import_doubt_LONG();

    @Message("Văn bản quy phạm (nghị định, thông tư, luật) hoặc trang trích dẫn luật quy định trách nhiệm chung, không giao nhiệm vụ để theo dõi; nếu có nhiệm vụ, hãy thêm bằng tay.")
    String import_warning_RULES();

    @Message("Văn bản không có mục nhiệm vụ rõ ràng; các nhiệm vụ được lấy từ phần chỉ đạo.")
    String import_warning_NO_TASK_SECTION();

    @Message("Văn bản không ghi ngày và chưa nhập ngày: thời hạn không ghi năm có thể sai.")
    String import_warning_NO_DOCUMENT_DATE();

    @Message("Một số nhiệm vụ không nêu cơ quan; cơ quan được suy luận theo lĩnh vực phụ trách.")
    String import_warning_INFERRED_OWNERS();

    @Message("Văn bản nêu cơ quan chưa có trong danh sách; cơ quan đó sẽ được thêm khi lưu.")
    String import_warning_NEW_BODIES();

    @Message("Hãy dán nội dung văn bản hoặc chọn một tệp.")
    String import_error_empty();

    @Message("Văn bản quá lớn: tối đa 2 MB.")
    String import_error_too_large();

    @Message("Tệp quá lớn hoặc quá phức tạp để đọc (quá 100 MB khi giải nén, quá 1.000 phần, lồng nhau quá sâu, "
            + "hoặc trang HTML quá 8 MB hay quá 200.000 thẻ). Hãy lưu văn bản thành tệp .txt rồi tải lên, hoặc dán nội dung vào ô trên.")
    String import_error_too_complex();

    @Message("Tệp không phải là văn bản đọc được (cần văn bản UTF-8, .docx hoặc .html).")
    String import_error_binary();

    @Message("Loại tệp này chưa được hỗ trợ: hãy dùng .txt, .docx hoặc .html.")
    String import_error_unsupported_type();

    @Message("Không tìm thấy nhiệm vụ nào trong văn bản. Hãy kiểm tra lại nội dung.")
    String import_error_no_tasks();

    @Message("Văn bản này đã được nhập trước đây.")
    String import_error_duplicate();

    @Message("Ngày không có thật hoặc sai dạng: hãy nhập ngày/tháng/năm, ví dụ 10/07/2024.")
    String import_error_bad_date();

    @Message("Dữ liệu xem trước không khớp với văn bản. Hãy đọc lại văn bản từ đầu.")
    String import_error_bad_offsets();

    @Message("Cơ quan được chọn không có trong danh sách.")
    String import_error_unknown_body();

    @Message("Nhiệm vụ quá dài (tối đa 10.000 ký tự): hãy tách nhiệm vụ.")
    String import_error_task_too_long();

    @Message("Không tìm thấy các từ này trong nhiệm vụ, hoặc chúng nằm ở cuối nhiệm vụ.")
    String import_error_split_not_found();

    @Message("Không có nhiệm vụ nào ở trước để gộp vào.")
    String import_error_nothing_to_merge();

    @Message("Một cơ quan chỉ giữ một vai trò: bỏ dấu \"chủ trì\" hoặc \"phối hợp\".")
    String import_error_two_roles();

    @Message("Cơ quan chủ trì, phối hợp")
    String import_preview_owners_choose();
}
