"""The pregnancy barometer's situations in easy-to-read French (see `grossesse`)."""

# The easy-to-read wordings (« facile à lire et à comprendre », FALC) of the pregnant person's
# path and her partner's, by situation: shown by /barometre/grossesse/facile-a-lire/. Written
# to the European easy-to-read rules: one idea per sentence, short everyday words, « je », no
# negation where it can be avoided, no abbreviation (« les allocations », not « la Caf »), no
# figure of speech (« insiste beaucoup », not « met la pression »), and the same meaning as the
# usual wording, so that « jamais », « parfois » or « souvent » still answers it. The other
# paths keep their usual wording there. Still to be read by people who need easy-to-read texts.
EASY = {
    "soutien": (
        "Mon ou ma partenaire m'aide quand je suis fatiguée ou inquiète.",
        "J'aide ma partenaire quand elle est fatiguée ou inquiète.",
    ),
    "rendez_vous_libres": (
        "Je vais à mes rendez-vous de grossesse seule ou avec une autre personne. "
        "C'est moi qui choisis.",
        "Ma partenaire va à ses rendez-vous de grossesse seule ou avec une autre personne. "
        "C'est elle qui choisit.",
    ),
    "decisions": (
        "Nous décidons ensemble pour la grossesse et pour le bébé. Ce que je pense compte.",
        "Nous décidons ensemble pour la grossesse et pour le bébé. Ce que pense ma partenaire "
        "compte autant que ce que je pense.",
    ),
    "entourage_libre": (
        "Je vois ma famille et mes amis quand je veux.",
        "Ma partenaire voit sa famille et ses amis quand elle veut.",
    ),
    "consentement": (
        "Mon ou ma partenaire respecte mes choix pour les relations sexuelles. "
        "Il ou elle accepte quand je dis non.",
        "Je respecte les choix de ma partenaire pour les relations sexuelles. "
        "J'accepte quand elle dit non.",
    ),
    "jalousie_bebe": (
        "Mon ou ma partenaire me critique parce que je m'occupe trop de la grossesse ou du bébé. "
        "Il ou elle veut que je m'occupe plus de lui ou d'elle.",
        "Je critique ma partenaire parce qu'elle s'occupe trop de la grossesse ou du bébé. "
        "Je veux qu'elle s'occupe plus de moi.",
    ),
    "telephone": (
        "Mon ou ma partenaire regarde mon téléphone ou mes messages sans me demander.",
        "Je regarde le téléphone ou les messages de ma partenaire sans lui demander.",
    ),
    "localisation": (
        "Mon ou ma partenaire veut savoir tout le temps où je suis. Il ou elle le demande par "
        "message, ou le voit grâce à mon téléphone.",
        "Je veux savoir tout le temps où est ma partenaire. Je le demande par message, ou je "
        "le vois grâce à son téléphone.",
    ),
    "isolement": (
        "Mon ou ma partenaire décide qui je peux voir. Ou bien il ou elle me critique quand je "
        "vois ma famille ou mes amis.",
        "Je décide qui ma partenaire peut voir. Ou bien je la critique quand elle voit sa "
        "famille ou ses amis.",
    ),
    "argent": (
        "Mon ou ma partenaire garde pour lui ou pour elle l'argent de la famille et les "
        "allocations. Je dois lui demander de l'argent pour chaque petit achat.",
        "Je garde pour moi l'argent de la famille et les allocations. Ma partenaire doit me "
        "demander de l'argent pour chaque petit achat.",
    ),
    "rendez_vous_controles": (
        "Mon ou ma partenaire veut venir à tous mes rendez-vous de grossesse. Il ou elle "
        "répond à ma place à la sage-femme ou au médecin.",
        "Je vais à tous les rendez-vous de grossesse de ma partenaire. Je réponds à sa place à "
        "la sage-femme ou au médecin.",
    ),
    "moqueries": (
        "Mon ou ma partenaire se moque de mon corps qui change, de ma fatigue ou de mes peurs.",
        "Je me moque de ma partenaire : de son corps qui change, de sa fatigue ou de ses peurs.",
    ),
    "humiliation": (
        "Mon ou ma partenaire me fait honte ou me dit que je suis nulle. Cela arrive quand "
        "nous sommes à deux, ou devant d'autres personnes.",
        "Je fais honte à ma partenaire ou je lui dis qu'elle est nulle. Cela arrive quand nous "
        "sommes à deux, ou devant d'autres personnes.",
    ),
    "colere": (
        "Quand mon ou ma partenaire est en colère, il ou elle crie, claque les portes ou casse "
        "des objets.",
        "Quand je suis en colère, je crie, je claque les portes ou je casse des objets.",
    ),
    "pression_grossesse": (
        "Mon ou ma partenaire insiste beaucoup pour décider de la grossesse à ma place. Il ou "
        "elle veut la garder, l'arrêter, ou avoir très vite un autre bébé.",
        "J'insiste beaucoup pour décider de la grossesse à la place de ma partenaire. Je veux "
        "la garder, l'arrêter, ou avoir très vite un autre bébé.",
    ),
    "menaces": (
        "Mon ou ma partenaire me menace de partir avec l'enfant. Ou bien il ou elle menace de "
        "me faire du mal, ou de se faire du mal.",
        "Je menace ma partenaire de partir avec l'enfant. Ou bien je menace de lui faire du "
        "mal, ou de me faire du mal.",
    ),
    "coups": (
        "Mon ou ma partenaire me pousse, me secoue, me gifle ou me frappe.",
        "Je pousse, je secoue, je gifle ou je frappe ma partenaire.",
    ),
    "ventre": (
        "Mon ou ma partenaire fait des gestes violents contre mon ventre. Ou bien il ou elle "
        "dit des mots violents sur mon ventre.",
        "Je fais des gestes violents contre le ventre de ma partenaire. Ou bien je dis des mots "
        "violents sur son ventre.",
    ),
    "sexe_force": (
        "Mon ou ma partenaire me force à avoir des relations sexuelles ou à faire des gestes "
        "sexuels.",
        "Je force ma partenaire à avoir des relations sexuelles ou à faire des gestes sexuels.",
    ),
    "soins_empeches": (
        "Mon ou ma partenaire m'empêche d'aller à mes rendez-vous chez le médecin ou la "
        "sage-femme. Ou bien il ou elle m'empêche de me soigner.",
        "J'empêche ma partenaire d'aller à ses rendez-vous chez le médecin ou la sage-femme. "
        "Ou bien je l'empêche de se soigner.",
    ),
    "enfermement": (
        "Mon ou ma partenaire m'enferme. Ou bien il ou elle me prend mes papiers, mes clés ou "
        "mon téléphone.",
        "J'enferme ma partenaire. Ou bien je lui prends ses papiers, ses clés ou son téléphone.",
    ),
    "peur": (
        "J'ai peur de mon ou ma partenaire. J'ai peur pour moi ou pour le bébé.",
        "Ma partenaire a peur de moi. Elle a peur pour elle ou pour le bébé.",
    ),
}
