using GoSafer.Indexer.Tagging;

namespace GoSafer.Indexer.Tests.Tagging;

public sealed class AgeRangeExtractorTests
{
    [Theory]
    [InlineData("A lesson for ages 9–12 about safe chats.", 9, 12)]
    [InlineData("Designed for children aged 9 to 12.", 9, 12)]
    [InlineData("A guide for parents of 13- to 17-year-olds.", 13, 17)]
    [InlineData("Short films for 11-14 year olds.", 11, 14)]
    [InlineData("Between the ages of 10 and 14, most children get a phone.", 10, 14)]
    [InlineData("Sextortion: what to know (ages 13+)", 13, 18)]
    [InlineData("For 12 and over.", 12, 18)]
    [InlineData("Stories for under-9s and their families.", 0, 8)]
    [InlineData("A first film for children under 9.", 0, 8)]
    [InlineData("A workshop for 10-year-olds.", 10, 10)]
    [InlineData("A Key Stage 2 lesson pack.", 7, 11)]
    [InlineData("Lessons for KS3 and KS4 classes.", 11, 16)]
    [InlineData("An activity for grades 6–8.", 11, 14)]
    [InlineData("A unit for 4th and 5th grade classrooms.", 9, 11)]
    [InlineData("A counting song for grade K.", 5, 6)]
    [InlineData("A scheme of work for Years 7–9.", 11, 14)]
    [InlineData("Resources for primary school teachers.", 6, 11)]
    [InlineData("A poster set for secondary schools.", 12, 18)]
    [InlineData("Rhymes for preschool settings.", 3, 5)]
    [InlineData("A campaign made with teenagers.", 13, 17)]
    public void English_age_phrases_become_age_ranges(string text, int min, int max) =>
        Assert.Equal(new AgeRange(min, max), AgeRangeExtractor.Extract(text, "en"));

    [Theory]
    [InlineData("Une séance pour les 11 à 14 ans.", 11, 14)]
    [InlineData("Pour les enfants de 6 à 8 ans.", 6, 8)]
    [InlineData("Jeu sérieux pour les 12-15 ans.", 12, 15)]
    [InlineData("Repères pour les familles d'enfants de moins de 6 ans.", 0, 5)]
    [InlineData("À partir de 12 ans.", 12, 18)]
    [InlineData("Pour les élèves de CM1 et CM2.", 9, 11)]
    [InlineData("Une enquête auprès d'élèves de la 6e à la 3e.", 11, 15)]
    [InlineData("Une séquence pour le cycle 3.", 9, 12)]
    [InlineData("Un atelier pour les lycéens.", 15, 18)]
    [InlineData("Des ressources pour l'école primaire.", 6, 11)]
    [InlineData("Un guide pour les parents d'adolescents.", 13, 17)]
    public void French_age_phrases_become_age_ranges(string text, int min, int max) =>
        Assert.Equal(new AgeRange(min, max), AgeRangeExtractor.Extract(text, "fr"));

    [Theory]
    [InlineData("Videos para niñas y niños de 6 a 8 años.", 6, 8)]
    [InlineData("Taller para estudiantes entre 12 y 15 años.", 12, 15)]
    [InlineData("Secuencia para 5.º y 6.º de primaria.", 10, 12)]
    [InlineData("Para menores de 13 años.", 0, 12)]
    [InlineData("A partir de los 10 años.", 10, 18)]
    [InlineData("Curso para docentes de educación secundaria.", 12, 18)]
    [InlineData("Materiales para educación inicial.", 3, 5)]
    [InlineData("Encuesta a adolescentes.", 13, 17)]
    public void Spanish_age_phrases_become_age_ranges(string text, int min, int max) =>
        Assert.Equal(new AgeRange(min, max), AgeRangeExtractor.Extract(text, "es"));

    [Theory]
    [InlineData("Мультфильмы для детей 6–8 лет.", 6, 8)]
    [InlineData("Опрос школьников в возрасте от 9 до 12 лет.", 9, 12)]
    [InlineData("Урок для учащихся 5–6 классов.", 10, 12)]
    [InlineData("Для детей старше 12 лет.", 13, 18)]
    [InlineData("Курс для детей с 14 лет.", 14, 18)]
    [InlineData("Памятка для родителей подростков.", 13, 17)]
    [InlineData("Подходит для начальной школы.", 6, 11)]
    public void Russian_age_phrases_become_age_ranges(string text, int min, int max) =>
        Assert.Equal(new AgeRange(min, max), AgeRangeExtractor.Extract(text, "ru"));

    [Theory]
    [InlineData("适合9至12岁儿童。", 9, 12)]
    [InlineData("面向9-12岁的孩子。", 9, 12)]
    [InlineData("面向１３～１７岁青少年。", 13, 17)]
    [InlineData("本教案适用于小学四至六年级。", 9, 12)]
    [InlineData("适合初中学生。", 12, 15)]
    [InlineData("适合初一至初三学生。", 12, 15)]
    [InlineData("面向高一学生的课程。", 15, 16)]
    [InlineData("面向12岁以上的学生。", 12, 18)]
    [InlineData("面向青少年的宣传海报。", 13, 17)]
    [InlineData("面向幼儿园大班和小学低年级孩子。", 5, 8)]
    public void Chinese_age_phrases_become_age_ranges(string text, int min, int max) =>
        Assert.Equal(new AgeRange(min, max), AgeRangeExtractor.Extract(text, "zh"));

    [Theory]
    [InlineData("للأطفال من 9 إلى 12 سنة.", 9, 12)]
    [InlineData("لأسر الأبناء من ١٣ إلى ١٨ عاماً.", 13, 18)]
    [InlineData("أطفال تتراوح أعمارهم بين 12 و17 عاماً.", 12, 17)]
    [InlineData("للأطفال دون سن 13.", 0, 12)]
    [InlineData("لطلاب الصفوف من الرابع إلى السادس الابتدائي.", 9, 12)]
    [InlineData("دليل لمعلمي المرحلة الثانوية.", 15, 18)]
    [InlineData("أنشطة لتلاميذ المرحلة الابتدائية.", 6, 11)]
    [InlineData("حملة موجهة إلى المراهقين.", 13, 17)]
    public void Arabic_age_phrases_become_age_ranges(string text, int min, int max) =>
        Assert.Equal(new AgeRange(min, max), AgeRangeExtractor.Extract(text, "ar"));

    [Theory]
    [InlineData("A 45-minute lesson used in 14 schools since 2019-2020.", "en")]
    [InlineData("Three films of 4 to 6 minutes each.", "en")]
    [InlineData("Content rated 18+ must stay out of reach.", "en")]
    [InlineData("A survey of 600 parents aged 30-45.", "en")]
    [InlineData("Formation en ligne de trois heures pour les enseignants.", "fr")]
    [InlineData("Prevención del abuso sexual de niñas, niños y adolescentes.", "es")]
    [InlineData("Защита детей и подростков в интернете.", "ru")]
    [InlineData("保护儿童青少年的网络安全。", "zh")]
    [InlineData("", "en")]
    public void Texts_without_an_age_statement_get_no_age_range(string text, string language) =>
        Assert.Null(AgeRangeExtractor.Extract(text, language));

    [Fact]
    public void A_numeric_age_overrides_a_school_stage_and_an_age_group_word() =>
        Assert.Equal(new AgeRange(10, 12), AgeRangeExtractor.Extract("Para adolescentes de primaria, de 10 a 12 años.", "es"));

    [Fact]
    public void Several_numeric_statements_are_united() =>
        Assert.Equal(new AgeRange(9, 14), AgeRangeExtractor.Extract("For ages 9-12, with an extension for 13-14 year olds.", "en"));

    [Fact]
    public void Ranges_beyond_eighteen_are_clamped() =>
        Assert.Equal(new AgeRange(15, 18), AgeRangeExtractor.Extract("حملة للشباب من 15 إلى 24 عاماً", "ar"));

    [Fact]
    public void Without_a_language_the_stage_words_of_all_six_languages_apply() =>
        Assert.Equal(new AgeRange(12, 15), AgeRangeExtractor.Extract("适合初中学生", null));
}
