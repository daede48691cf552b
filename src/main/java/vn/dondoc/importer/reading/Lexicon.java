package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of directive language the reader recognises. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Words that open an instruction (động từ chỉ hành động, with the adverbs directives put before them:
     * "khẩn trương", "tiếp tục"). Matched on lower case with marks, since folded forms collide.
     */
    private static final String[] ACTION_VERBS = {
        "tăng cường", "chuẩn bị", "khẩn trương", "tiếp tục", "tổ chức", "duy trì", "tập trung", "điều chỉnh",
        "thúc đẩy", "đẩy nhanh", "đẩy mạnh", "chủ động", "thực hiện", "tích cực", "triển khai", "bảo đảm", "đảm bảo",
        "quan tâm", "nâng cao", "rà soát", "đánh giá", "xây dựng", "nghiên cứu", "hoàn thiện", "hoàn thành", "ban hành",
        "chủ trì", "phối hợp", "điều tra", "xử lý", "xử lí", "kiểm tra", "theo dõi", "đôn đốc", "báo cáo", "trình",
        "yêu cầu", "quản lý", "quản lí", "hướng dẫn", "tuyên truyền", "vận động", "phát huy", "phát hiện", "ngăn chặn",
        "giải quyết", "hỗ trợ", "thiết lập", "ứng dụng", "tham mưu", "cân đối", "bố trí", "có trách nhiệm",
        "chịu trách nhiệm", "sớm", "kịp thời", "cung cấp", "phê duyệt", "sửa đổi", "cập nhật", "làm rõ",
        "khắc phục", "tìm kiếm", "huy động", "chỉ đạo", "giám sát", "kiểm soát", "thanh tra", "rút kinh nghiệm",
        "phát triển", "cải cách", "đổi mới", "mở rộng", "tạo điều kiện", "nghiêm túc", "quyết liệt", "thường xuyên",
        "khuyến khích", "thông báo", "cảnh báo", "công bố", "phổ biến", "quán triệt", "lãnh đạo", "ưu tiên",
        "không để", "phấn đấu", "hoàn tất", "tổng hợp", "đề xuất", "kiến nghị", "ký kết", "đàm phán", "thí điểm",
        "sắp xếp", "kiện toàn", "bồi dưỡng", "đào tạo", "tập huấn", "khen thưởng", "xem xét", "thẩm định",
        "lựa chọn", "di dời", "sơ tán", "phòng ngừa", "phòng, chống", "phòng chống", "ứng phó", "khôi phục", "tháo gỡ",
        "giải ngân", "thu hồi", "bảo vệ", "chấn chỉnh", "siết chặt", "nắm chắc", "nắm bắt", "điều phối", "thăm hỏi",
        "động viên", "tham gia", "cần", "phải", "trực tiếp", "vận hành", "chấp hành", "thành lập", "phát động",
        "nhân rộng", "tổng kết", "sơ kết", "điều hành", "đề ra", "lập", "gửi", "cử", "tăng", "giảm", "rà soát",
        "xác định", "xác minh", "tiến hành", "nghiêm cấm", "ngăn ngừa", "đấu tranh", "bổ sung", "hoàn chỉnh",
        "có văn bản", "có ý kiến", "có kế hoạch", "có biện pháp", "có phương án", "trao đổi", "tiếp nhận",
        "chuẩn hóa", "chuẩn hoá", "số hóa", "số hoá", "đầu tư", "khai thác", "sử dụng", "tiết kiệm", "chống",
        "phòng tránh", "làm việc", "bố trí", "đề nghị", "giao", "tham dự", "đăng ký", "đôn đốc", "kiểm điểm",
        "nghiêm khắc", "thẩm tra", "rà soát lại", "tổ chức lại", "sắp xếp lại", "tuyệt đối", "dứt khoát",
        "thúc đẩy", "tích hợp", "kết nối", "vận động", "chia sẻ", "lấy ý kiến", "thống nhất", "phân bổ", "thanh toán",
        "tạm dừng", "dừng", "định hướng", "kêu gọi", "chăm lo", "cấm", "hạn chế", "bãi bỏ", "thay thế", "gỡ", "cắt giảm", "đơn giản hóa", "đơn giản hoá"
    };

    /** English verbs that open an instruction after "to". */
    private static final String[] ENGLISH_VERBS = {
        "review", "study", "submit", "prepare", "complete", "ensure", "implement", "strengthen", "promote", "accelerate",
        "speed", "coordinate", "report", "issue", "develop", "build", "draft", "monitor", "inspect", "handle",
        "deal", "address", "take", "continue", "focus", "enhance", "step", "work", "consider", "propose", "assess",
        "evaluate", "organise", "organize", "guide", "direct", "mobilise", "mobilize", "support", "promptly",
        "urgently", "closely", "actively", "proactively", "quickly", "set", "establish", "finalise", "finalize",
        "launch", "tighten", "remove", "resolve", "improve", "raise", "boost", "increase", "reduce", "cut",
        "maintain", "stabilise", "stabilize", "manage", "control", "prevent", "respond", "investigate", "clarify",
        "provide", "allocate", "disburse", "apply", "adopt", "amend", "revise", "update", "publish", "inform",
        "warn", "search", "rescue", "help", "assist", "devise", "formulate", "complete", "expedite", "push"
    };

    private static final Map<String, List<String[]>> VERBS = index(ACTION_VERBS);

    /**
     * Head nouns of the names of bodies (danh từ chỉ cơ quan), folded. A capitalised word after one of them
     * starts a name the list may not hold ("Cục Biến đổi khí hậu").
     */
    private static final String[] HEAD_NOUNS = {
        "bo", "cuc", "tong cuc", "vu", "vien", "hoc vien", "ban", "uy ban", "uy ban nhan dan", "hoi dong nhan dan",
        "hoi dong", "so", "trung tam", "bao", "tap chi", "dai", "thong tan xa", "van phong", "thanh tra", "ngan hang",
        "tap doan", "tong cong ty", "cong ty", "truong", "dai hoc", "hoi", "lien doan", "tong lien doan", "doan",
        "dang uy", "tinh uy", "thanh uy", "quan khu", "bo tu lenh", "bo chi huy", "canh sat", "kho bac",
        "toa an nhan dan", "vien kiem sat nhan dan", "kiem toan nha nuoc", "quan uy", "mat tran", "chi cuc",
        "phong", "ban quan ly", "ban chi dao", "hoi dong quoc gia", "uy ban quoc gia", "quy", "pho thu tuong",
        "pho thu tuong chinh phu"
    };

    private static final Map<String, List<String[]>> HEADS = index(HEAD_NOUNS);

    /** Titles of the people who answer for a body ("Bộ trưởng Bộ Tài chính" means the ministry). */
    private static final String[] TITLES = {
        "bo truong", "thu truong", "chu tich", "giam doc", "thong doc", "tong giam doc", "truong ban", "pho truong ban",
        "chanh van phong", "tong kiem toan nha nuoc", "chanh an", "vien truong", "cuc truong", "vu truong",
        "tong cuc truong", "chu nhiem", "tong thanh tra chinh phu", "tong thanh tra", "bi thu", "nguoi dung dau",
        "lanh dao", "truong"
    };

    private static final Map<String, List<String[]>> TITLE_INDEX = index(TITLES);

    /** Words that name a collective of bodies after "các" (các bộ, ngành, địa phương). */
    static final Set<String> COLLECTIVE_NOUNS = new HashSet<>(List.of(
        "bo", "nganh", "co", "dia", "ban", "van", "dang", "doan", "to", "don", "tinh", "thanh", "uy", "so", "cuc",
        "vu", "vien", "tap", "tong", "hoi", "cap", "chi", "ministries", "agencies", "localities", "provinces"));

    /** Phrases that may stand between a subject and its verb ("theo chức năng, nhiệm vụ được giao"). */
    private static final Map<String, List<String[]>> ADVERBIALS = index(new String[] {"theo chức năng", "trong phạm vi",
        "căn cứ chức năng", "theo thẩm quyền", "theo nhiệm vụ", "theo quy định", "trong phạm vi chức năng"});

    static int adverbialAt(Tokens t, int i, int limit) {
        return matchAt(ADVERBIALS, t.low, t, i, limit);
    }

    static int verbAt(Tokens t, int i, int limit) {
        return matchAt(VERBS, t.low, t, i, limit);
    }

    static int headNounAt(Tokens t, int i, int limit) {
        return matchAt(HEADS, t.fold, t, i, limit);
    }

    static int titleAt(Tokens t, int i, int limit) {
        return matchAt(TITLE_INDEX, t.fold, t, i, limit);
    }

    static boolean isEnglishVerb(String low) {
        for (String v : ENGLISH_VERBS) {
            if (v.equals(low)) {
                return true;
            }
        }
        return false;
    }

    private static int matchAt(Map<String, List<String[]>> index, String[] words, Tokens t, int i, int limit) {
        if (i >= limit || i >= t.size) {
            return 0;
        }
        List<String[]> cands = index.get(words[i]);
        if (cands == null) {
            return 0;
        }
        for (String[] c : cands) {
            if (i + c.length <= limit) {
                boolean ok = true;
                for (int k = 1; k < c.length; k++) {
                    if (!words[i + k].equals(c[k])) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return c.length;
                }
            }
        }
        return 0;
    }

    private static Map<String, List<String[]>> index(String[] phrases) {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String p : phrases) {
            String[] w = p.toLowerCase(Locale.ROOT).replace(",", " ").trim().split("\\s+");
            m.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        }
        for (List<String[]> l : m.values()) {
            l.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        }
        return m;
    }
}
