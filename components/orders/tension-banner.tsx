/** Which ordering mode applies: tension (state stock, free, contingented) on which EPI, or none. */
export function TensionBanner({ categoriesInTension }: { categoriesInTension: string[] }) {
  return (
    <div className="fr-notice fr-notice--info fr-mb-4w" data-testid="tension-banner">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">
            {categoriesInTension.length
              ? `Période de tension sur : ${categoriesInTension.join(", ")}. Ces EPI sont fournis gratuitement par le stock de l'État, dans la limite d'un contingent hebdomadaire ; les autres s'achètent auprès du groupement RESAH – UniHA.`
              : "Aucune tension en cours : tous les EPI s'achètent auprès du groupement RESAH – UniHA."}
          </p>
        </div>
      </div>
    </div>
  );
}
